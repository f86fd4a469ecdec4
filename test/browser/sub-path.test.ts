/**
 * The site served under a sub-path (/docs/, as a project page on a static host): the build's own
 * link check passes with that base, and a reader can move around every locale without errors.
 */
import { locales } from '../../src/i18n/locales.ts';
import { join } from 'node:path';
import { startSiteServer } from '../../src/serving/server.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { expect, test } from '../support/fixtures.ts';

let copy: ProjectCopy;
let server: Awaited<ReturnType<typeof startSiteServer>>;
// Every test of the file in one worker, after one build.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  copy = copyProject();
  const result = copy.build({ SITE_BASE: '/docs/' });
  if (result.status !== 0) throw new Error(result.output.slice(-3000));
  server = await startSiteServer(join(copy.root, 'dist'), '/docs/');
});

test.afterAll(async () => {
  await server?.close();
  copy?.dispose();
});

for (const locale of locales)
  test.describe(`under /docs/ in ${locale.tag}`, () => {
    test('every link of the home page and the main navigation stays under /docs/ and loads', async ({ page, errors }) => {
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
    });
  });

test.describe('search under /docs/', () => {
  test('loads the index from under /docs/ and links results under /docs/', async ({ page, errors }) => {
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
  });
});
