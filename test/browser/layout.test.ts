/**
 * Two layout promises readers noticed when they broke: the header search box shows its whole
 * placeholder in every locale at common desktop widths (pt-BR and es-ES were cut off at 1280 px),
 * and on a phone a guide page starts with its own heading, not half a screen of topics.
 */
import { locales } from '../../src/i18n/locales.ts';
import { expect, test, urlOf } from '../support/fixtures.ts';

const desktopWidths = [768, 1024, 1280, 1440];

for (const locale of locales)
  test.describe(`layout in ${locale.tag}`, () => {
    const guidePage = urlOf(`${locale.path}/guide/activate/`);

    test('the search box shows its whole placeholder at 768 to 1440 px', async ({ page }) => {
      const cut: string[] = [];
      for (const width of desktopWidths) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(guidePage);
        const fit = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const needed =
            context.measureText(input.placeholder).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
          return { available: input.clientWidth, needed: Math.ceil(needed) };
        });
        if (fit.available < fit.needed) cut.push(`${width} px: ${fit.available} px for ${fit.needed} px of placeholder`);
      }
      expect(cut).toEqual([]);
    });

    test('on a phone, a guide page shows its heading in the first half of the screen, before the topics', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(guidePage);
      const heading = (await page.locator('main h1').boundingBox())!;
      const topics = (await page.locator('nav.sidebar').boundingBox())!;
      expect(heading.y).toBeLessThan(844 / 2);
      expect(heading.y).toBeLessThan(topics.y);
    });
  });
