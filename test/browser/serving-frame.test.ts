/**
 * The served headers at work in Chromium: a page of another origin cannot frame the calculator
 * (`frame-ancestors 'none'`), while it can frame a page of its own; and no page of any kind, in any
 * locale, reports a Content Security Policy violation now that the policy also comes as a header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { locales } from '../../src/i18n/locales.ts';
import { openPage, urlOf } from '../support/browser.ts';

let other: Server;
let otherOrigin: string;

beforeAll(async () => {
  // Another origin (own port): one page that frames the URL given in ?src=, one harmless page to frame.
  other = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    response.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.pathname === '/inner')
      return void response.end('<!doctype html><html lang="en"><title>inner</title><p id="inner">framed</p></html>');
    const src = (url.searchParams.get('src') ?? '').replace(/"/g, '');
    response.end(`<!doctype html><html lang="en"><title>framer</title><iframe title="framed" src="${src}"></iframe></html>`);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const address = other.address();
  otherOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

/** The language of the document inside the page's first iframe, or null when nothing loaded there. */
async function framedLanguage(src: string): Promise<{ lang: string | null; errors: string[] }> {
  const { page, errors, close } = await openPage();
  await page.goto(`${otherOrigin}/?src=${encodeURIComponent(src)}`);
  await page.waitForLoadState('load');
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  let lang: string | null = null;
  try {
    lang = (await frame?.evaluate(() => (document.querySelector('form, #inner') ? document.documentElement.lang : null))) ?? null;
  } catch {
    lang = null;
  }
  await close();
  return { lang, errors };
}

describe('framing by another origin', () => {
  it('the harness sees a frame that is allowed to load', async () => {
    expect((await framedLanguage(`${otherOrigin}/inner`)).lang).toBe('en');
  });

  it.each(locales)('the $tag calculator refuses to load inside it', async (locale) => {
    const { lang, errors } = await framedLanguage(urlOf(`${locale.path}/calculator/`));
    expect(lang).toBeNull();
    expect(errors.join('\n')).toMatch(/frame-ancestors 'none'/);
  });
});

describe('no Content Security Policy violation', () => {
  const kinds = [
    '',
    'guide/activate/',
    'calculator/?offer=gold:cloud-platform&product=cloud&role=admin-agent&activated=yes',
    'troubleshooting/',
    'search/?q=Partner%20Center',
    'translations/',
    'guide/nope/',
  ];

  it.each(locales)('$tag: every kind of page, with the policy as header and as meta tag', async (locale) => {
    const { page, errors, close } = await openPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (const kind of kinds) {
      const response = await page.goto(urlOf(`${locale.path}/${kind}`));
      expect(response?.headers()['content-security-policy'], kind).toMatch(/frame-ancestors 'none'/);
      if (kind.startsWith('search/')) await page.locator('[data-search-results] a').first().waitFor();
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), kind).toEqual([]);
    }
    expect(errors.filter((error) => !/404 \(Not Found\)/.test(error))).toEqual([]);
    await close();
  });
});
