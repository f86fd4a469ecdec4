/**
 * A copy of the project built the two ways a publisher may build it, at once: under a sub-path
 * (/docs/, as a project page on a static host) and with one pt-BR page not translated yet
 * (REQUIRE_FULL_TRANSLATION=false). The build's own link check passes with that base; a reader
 * moves around every locale without errors; search loads and links under /docs/; and the missing
 * page reads in English with a visible notice, with and without JavaScript, and passes axe (run with
 * JavaScript on, as axe is a script).
 */
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { startSiteServer } from '../../src/serving/server.ts';
import { axeViolations, expect, test } from '../support/fixtures.ts';
import { guideFileOf, guideSlugsOf } from '../support/guide-sources.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

const missing = guideSlugsOf()[2]!;
let copy: ProjectCopy;
let server: Awaited<ReturnType<typeof startSiteServer>>;
// Every test of the file in one worker, after one build.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  copy = copyProject();
  copy.remove(guideFileOf('pt-br', missing));
  const result = copy.build({ SITE_BASE: '/docs/', REQUIRE_FULL_TRANSLATION: 'false' });
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

test.describe('a page pt-BR has not translated yet', () => {
  for (const javaScriptEnabled of [true, false])
    test(`reads in English with a notice in Portuguese (JavaScript ${javaScriptEnabled})`, async ({ newPage }) => {
      const { page, errors } = await newPage({ javaScriptEnabled });
      await page.goto(`${server.url}pt-br/guide/${missing}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
      expect(await page.locator('article').getAttribute('lang')).toBe('en');
      const notice = page.locator('[data-untranslated]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.getAttribute('lang')).toBe('pt-BR');
      expect(await page.locator('.sidebar a[aria-current="page"]').getAttribute('lang')).toBe('en');
      // axe runs as a script in the page: it checks each state with JavaScript on.
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);

      await notice.locator('a').click();
      await page.waitForURL(/\/docs\/pt-br\/translations\/$/);
      expect(await page.locator(`tr[data-page="pt-br/${missing}"]`).getAttribute('data-status')).toBe('missing');
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
});
