/**
 * Navigation that scales, in Chromium: the sidebar's groups fold without JavaScript (the current
 * group open), the guide's contents page leads to every page, and a page a locale has not
 * translated yet — built in a copy of the project with one pt-BR page removed and
 * REQUIRE_FULL_TRANSLATION=false — reads in English with a visible notice, with and without
 * JavaScript, and passes axe (run with JavaScript on, as axe is a script).
 */
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';
import { guideFileOf, guideSlugsOf } from '../support/guide-sources.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { startSiteServer } from '../../src/serving/server.ts';

const slugs = guideSlugsOf();

for (const locale of locales)
  test.describe(`guide navigation in ${locale.tag} without JavaScript`, () => {
    test('shows the current group open, folds it on a click, and lists every page on the contents page', async ({ newPage }) => {
      const { page, errors } = await newPage({ javaScriptEnabled: false });
      await page.goto(urlOf(`${locale.path}/guide/${slugs[1]}/`));
      const current = page.locator('.sidebar details', { has: page.locator('a[aria-current="page"]') });
      expect(await current.getAttribute('open')).not.toBeNull();
      await current.locator('summary').click();
      expect(await current.getAttribute('open')).toBeNull();
      expect(await current.locator('a[aria-current="page"]').isVisible()).toBe(false);

      await page.locator('.sidebar-title a').click();
      await page.waitForURL(new RegExp(`/${locale.path}/guide/$`));
      const hrefs = await Promise.all((await page.locator('main li a').all()).map((link) => link.getAttribute('href')));
      expect([...hrefs].sort()).toEqual(slugs.map((slug) => `/${locale.path}/guide/${slug}/`).sort());
      expect(errors).toEqual([]);
    });
  });

test.describe('a page pt-BR has not translated yet', () => {
  const missing = slugs[2]!;
  let copy: ProjectCopy;
  let server: Awaited<ReturnType<typeof startSiteServer>>;
  // Both tests in one worker, after one build.
  test.describe.configure({ mode: 'default' });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    copy = copyProject();
    copy.remove(guideFileOf('pt-br', missing));
    const result = copy.build({ REQUIRE_FULL_TRANSLATION: 'false' });
    if (result.status !== 0) throw new Error(result.output.slice(-3000));
    server = await startSiteServer(join(copy.root, 'dist'));
  });

  test.afterAll(async () => {
    await server?.close();
    copy?.dispose();
  });

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
      await page.waitForURL(/\/pt-br\/translations\/$/);
      expect(await page.locator(`tr[data-page="pt-br/${missing}"]`).getAttribute('data-status')).toBe('missing');
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
});
