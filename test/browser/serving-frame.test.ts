/**
 * The served headers at work in Chromium: a page of another origin cannot frame the calculator
 * (`frame-ancestors 'none'`), while it can frame a page of its own; and no page of any kind, in any
 * locale, reports a Content Security Policy violation now that the policy also comes as a header.
 */
import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { locales } from '../../src/i18n/locales.ts';
import { expect, test, urlOf } from '../support/fixtures.ts';

let other: Server;
let otherOrigin: string;

test.beforeAll(async () => {
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

test.afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

/** The language of the document inside the page's first iframe, or null when nothing loaded there. */
async function framedLanguage(page: Page, src: string): Promise<string | null> {
  await page.goto(`${otherOrigin}/?src=${encodeURIComponent(src)}`);
  await page.waitForLoadState('load');
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  let lang: string | null = null;
  try {
    lang = (await frame?.evaluate(() => (document.querySelector('form, #inner') ? document.documentElement.lang : null))) ?? null;
  } catch {
    lang = null;
  }
  return lang;
}

test.describe('framing by another origin', () => {
  test('the harness sees a frame that is allowed to load', async ({ page }) => {
    expect(await framedLanguage(page, `${otherOrigin}/inner`)).toBe('en');
  });

  for (const locale of locales)
    test(`the ${locale.tag} calculator refuses to load inside it`, async ({ page, errors }) => {
      const lang = await framedLanguage(page, urlOf(`${locale.path}/calculator/`));
      expect(lang).toBeNull();
      expect(errors.join('\n')).toMatch(/frame-ancestors 'none'/);
    });
});

test.describe('no Content Security Policy violation', () => {
  const kinds = [
    '',
    'guide/activate/',
    'calculator/?offer=gold:cloud-platform&product=cloud&role=admin-agent&activated=yes',
    'troubleshooting/',
    'search/?q=Partner%20Center',
    'translations/',
    'guide/nope/',
  ];

  for (const locale of locales)
    test(`${locale.tag}: every kind of page, with the policy as header and as meta tag`, async ({ page, errors }) => {
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
    });
});
