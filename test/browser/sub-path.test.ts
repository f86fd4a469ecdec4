/**
 * The site served under a sub-path (/docs/, as a project page on a static host): the build's own
 * link check passes with that base, and a reader can move around every locale without errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { sharedBuild } from '../support/shared-build.ts';
import { startStaticServer, type StaticServer } from '../support/server.ts';
import { openPage } from '../support/browser.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer(await sharedBuild('docs', { SITE_BASE: '/docs/' }), '/docs/');
}, 240_000);

afterAll(async () => {
  await server?.close();
});

describe.each(locales)('under /docs/ in $tag', (locale) => {
  it('every link of the home page and the main navigation stays under /docs/ and loads', async () => {
    const { page, errors, close } = await openPage();
    const home = `${server.url}${locale.path}/`;
    expect((await page.goto(home))?.status()).toBe(200);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const internal = [
      ...new Set(hrefs.filter((href) => href.startsWith(new URL(server.url).origin)).map((href) => href.split('#')[0]!)),
    ];
    expect(internal.length).toBeGreaterThan(5);
    for (const href of internal) {
      expect(new URL(href).pathname, href).toMatch(/^\/docs\//);
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    for (const target of ['guide/overview/', 'calculator/', 'troubleshooting/', 'search/']) {
      expect((await page.goto(`${server.url}${locale.path}/${target}`))?.status(), target).toBe(200);
      const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
      expect(stylesheet, target).toMatch(/^\/docs\//);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search under /docs/', () => {
  it('loads the index from under /docs/ and links results under /docs/', async () => {
    const { page, errors, close } = await openPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}pt-br/search/?q=${encodeURIComponent('Support for Business')}`);
    const results = page.locator('[data-search-results] .hit-heading a');
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    for (const path of hrefs) expect(path).toMatch(/^\/docs\/pt-br\//);
    expect(requests.filter((path) => path.includes('pagefind')).every((path) => path.startsWith('/docs/pagefind/'))).toBe(true);
    await results.first().click();
    await page.waitForURL(/\/docs\/pt-br\/(guide|troubleshooting)\//);
    expect(errors).toEqual([]);
    await close();
  });
});
