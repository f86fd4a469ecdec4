/**
 * Printable answers: Chromium's PDF of a calculator result and of a troubleshooting outcome, in
 * each locale, holds the answers, the result, the steps with their URLs written out, the date of
 * the facts and the page's address, and none of the navigation or controls.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { formatDate, locales } from '../../src/i18n/locales.ts';
import { factsDate, externalLinks } from '../../src/rules/program.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { expect, test, urlOf } from '../support/fixtures.ts';

// PDF text breaks lines anywhere, also inside URLs, and holds the quotation marks CSS draws around a
// quoted portal message (innerText leaves them out): compare both sides without either.
const squash = (text: string) => text.replace(/[\s“”«»"]+/g, '');

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return squash(text);
}

for (const locale of locales)
  test.describe(`printing in ${locale.tag}`, () => {
    const ui = useTranslations(locale.tag);

    test('a calculator result prints its answers, figures, steps with URLs, date and address, without navigation', async ({
      page,
      errors,
    }) => {
      const query = 'offer=gold:cloud-platform&product=recent-on-premises&account=mpn&role=global-admin&activated=no';
      await page.goto(`${urlOf(`${locale.path}/calculator/`)}?${query}`);
      await page.locator('[data-result-body] > :last-child').waitFor();
      expect(await page.locator('button[data-print]').isVisible()).toBe(true);
      const expectedAnswers = squash(
        await page.locator('.calculator-form input[value="gold:cloud-platform"]').locator('xpath=..').innerText(),
      );
      const text = await pdfText(await page.pdf({ format: 'A4' }));

      expect(text).toContain(expectedAnswers);
      expect(text).toContain(squash(useTranslations(locale.tag, 'rules')('entitlement.incidents', { count: 20 })));
      expect(text).toContain(externalLinks['support-for-business']);
      expect(text).toContain(squash(formatDate(locale, factsDate)));
      expect(text).toContain(`calculator/?${query}`);
      // Header (site name, navigation, search) and the controls stay off paper.
      const navigation = [ui('nav.guide'), ui('nav.calculator'), ui('nav.troubleshooting')].join('');
      for (const hidden of [
        ui('site.name'),
        navigation,
        useTranslations(locale.tag, 'search')('box.placeholder'),
        ui('print.button'),
      ]) {
        expect(text, hidden).not.toContain(squash(hidden));
      }
      expect(errors).toEqual([]);
    });

    for (const [name, path] of [
      ['a troubleshooting outcome', 'troubleshooting/access-id-already-linked/'],
      ['the calculator', 'calculator/'],
    ])
      test(`${name} prints a long junk address within the page width`, async ({ newPage }) => {
        // The printable width of an A4 page with Chromium's default margins, in CSS pixels.
        const { page, errors } = await newPage({ viewport: { width: 718, height: 1000 } });
        const junk = `junk=${'A'.repeat(3000)}&more=${'%E2%80%AE'.repeat(50)}${'b'.repeat(2000)}`;
        await page.goto(`${urlOf(`${locale.path}/${path}`)}?offer=action-pack&${junk}`);
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        const address = page.locator('[data-print-address]');
        expect(await address.isVisible()).toBe(true);
        const widths = await page.evaluate(() => ({
          page: document.documentElement.clientWidth,
          scroll: document.documentElement.scrollWidth,
          address: document.querySelector('[data-print-address]')!.getBoundingClientRect().right,
        }));
        expect(widths.address).toBeLessThanOrEqual(widths.page);
        expect(widths.scroll).toBeLessThanOrEqual(widths.page);
        // The printed address is the page's address as it stands; the calculator has dropped the junk from it.
        expect(squash(await address.innerText())).toBe(page.url());
        if (path === 'calculator/') expect(page.url()).not.toContain('junk');
        expect(errors).toEqual([]);
      });

    test('a troubleshooting outcome prints its steps with URLs, the answers given, date and address', async ({ page }) => {
      await page.goto(urlOf(`${locale.path}/troubleshooting/`));
      // Walk to the first outcome reachable by always taking the first answer.
      while ((await page.locator('[data-tree-node]').getAttribute('data-kind')) === 'question') {
        await page.locator('a[data-tree-link="answer"]').first().click();
        await page.waitForFunction(() => document.querySelector('[data-tree-node]')?.getAttribute('data-kind'));
        await page.waitForLoadState('networkidle');
      }
      const steps = await page.locator('[data-tree-steps] > li').allInnerTexts();
      const links = await page
        .locator('[data-tree-steps] a[href^="https://"]')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      const text = await pdfText(await page.pdf({ format: 'A4' }));
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) expect(text).toContain(squash(step).slice(0, 40));
      for (const link of links) expect(text).toContain(link.replace(/\/$/, ''));
      expect(text).toContain(squash(await page.locator('.tree-history-answer').first().innerText()));
      expect(text).toContain(squash(formatDate(locale, factsDate)));
      expect(text).toContain(new URL(page.url()).pathname);
      expect(text).not.toContain(squash([ui('nav.guide'), ui('nav.calculator'), ui('nav.troubleshooting')].join('')));
      expect(text).not.toContain(squash(ui('site.name')));
      expect(text).not.toContain(squash(useTranslations(locale.tag, 'troubleshooting')('ui.startAgain')));
    });
  });
