/**
 * Navigation that scales, in Chromium: the sidebar's groups fold without JavaScript (the current
 * group open), and the guide's contents page leads to every page. A page a locale has not
 * translated yet: built-copy.test.ts.
 */
import { locales } from '../../src/i18n/locales.ts';
import { expect, test, urlOf } from '../support/fixtures.ts';
import { guideSlugsOf } from '../support/guide-sources.ts';

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
