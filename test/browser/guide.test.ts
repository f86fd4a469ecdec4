/**
 * The guide as a reader meets it: home and topic pages in each locale, the language picker, the
 * language choice on `/`, and every guide page readable without JavaScript.
 */
import { locales } from '../../src/i18n/locales.ts';
import { expect, test, urlOf } from '../support/fixtures.ts';
import { guideSlugsOf } from '../support/guide-sources.ts';

const slugs = guideSlugsOf();

for (const locale of locales)
  test.describe(`guide in ${locale.tag}`, () => {
    test('renders the home page with its ways in, and a guide page with sidebar, contents and footer', async ({
      page,
      errors,
    }) => {
      const response = await page.goto(urlOf(`${locale.path}/`));
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale.tag);
      await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('.ways a').count()).toBe(4);

      await page.locator('.ways a').first().click();
      await page.waitForURL(/\/guide\/overview\/$/);
      expect(await page.locator('.sidebar a[aria-current="page"]').count()).toBe(1);
      expect(await page.locator('.sidebar li a').count()).toBe(slugs.length);
      const tocLinks = await page.locator('.toc a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash));
      expect(tocLinks.length).toBeGreaterThan(1);
      for (const hash of tocLinks) expect(await page.locator(hash).count(), hash).toBe(1);
      expect(await page.locator('.site-footer').innerText()).toMatch(/2021/);
      await page.locator('.pagination a[rel="next"]').click();
      await page.waitForURL(/\/guide\/activate\/$/);
      expect(errors).toEqual([]);
    });

    test('the language picker keeps the reader on the same page in another locale', async ({ page, errors }) => {
      await page.goto(urlOf(`${locale.path}/guide/entitlements/`));
      for (const other of locales.filter((candidate) => candidate !== locale)) {
        await page.locator(`.language-picker a[hreflang="${other.tag}"]`).click();
        await page.waitForURL(new RegExp(`/${other.path}/guide/entitlements/$`));
        expect(await page.locator('html').getAttribute('lang')).toBe(other.tag);
        await page.goBack();
      }
      expect(errors).toEqual([]);
    });

    test('every guide page is fully readable with JavaScript disabled', async ({ newPage }) => {
      const { page } = await newPage({ javaScriptEnabled: false });
      for (const slug of slugs) {
        await page.goto(urlOf(`${locale.path}/guide/${slug}/`));
        const article = page.locator('article.guide-article');
        expect(await article.isVisible(), slug).toBe(true);
        expect((await article.innerText()).length, slug).toBeGreaterThan(400);
        const headings = article.locator('h2');
        for (let index = 0; index < (await headings.count()); index++) expect(await headings.nth(index).isVisible()).toBe(true);
      }
    });
  });

test.describe('the language chooser at /', () => {
  for (const [preferred, expected] of [
    ['es', 'es-es'],
    ['es-AR', 'es-es'],
    ['pt-BR', 'pt-br'],
    ['en-GB', 'en'],
  ] as const)
    test(`sends a browser that prefers ${preferred} to /${expected}/`, async ({ newPage }) => {
      const { page, errors } = await newPage({ locale: preferred });
      await page.goto(urlOf(''));
      await page.waitForURL(new RegExp(`/${expected}/$`));
      expect(errors).toEqual([]);
    });

  test('stays a page of the language links for a browser that prefers none of them, and without JavaScript', async ({
    newPage,
  }) => {
    for (const options of [{ locale: 'de-DE' }, { locale: 'es', javaScriptEnabled: false }]) {
      const { page } = await newPage(options);
      await page.goto(urlOf(''));
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toMatch(/\/$/);
      expect(await page.locator('[data-language-list] a').count()).toBe(locales.length);
    }
  });
});
