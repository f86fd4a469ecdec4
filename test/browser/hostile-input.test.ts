/**
 * Hostile input on the pages that read their address: the calculator, the troubleshooting pages
 * and the search page, in every locale. A few addresses hold every payload and broken encoding of
 * test/fixtures/hostile-queries.ts (the parser itself meets all 540 generated strings in
 * test/unit/hostile-queries.test.ts): no uncaught error, no injected element, and on the
 * calculator a localized notice whenever something was ignored, then the clean address. Then the
 * tricky cases one by one: a right-to-left override, a Cyrillic lookalike, a parameter without a
 * name (40,000 parameters: calculator-strain.timing.test.ts).
 */
import type { Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';
import { brokenEncodings, calculatorIgnoresSomething, names, oddQueries, payloads } from '../fixtures/hostile-queries.ts';

/** Every payload and every broken encoding in one address each, spread over the names the pages read. */
const together = (values: readonly string[]) => values.map((value, index) => `${names[index % 7]}=${value}`).join('&');
const sweep = [
  together(payloads.map(encodeURIComponent)),
  together(brokenEncodings),
  ...oddQueries,
  // Nothing to ignore: no notice.
  'offer=gold:cloud-platform&product=cloud',
];

async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as unknown as { __pwned?: number }).__pwned) found.push('script ran');
    if (document.querySelector('#injected, [data-injected]')) found.push('element injected');
    for (const script of document.querySelectorAll('script:not([src])')) {
      if (script.getAttribute('type') !== 'application/json') found.push(`inline script: ${script.textContent?.slice(0, 40)}`);
    }
    return found;
  });
}

const targets = locales.flatMap((locale, index) => [
  { locale, path: `${locale.path}/calculator/`, calculator: true, queries: sweep },
  { locale, path: `${locale.path}/troubleshooting/`, calculator: false, queries: sweep },
  // The search page shows its query: each locale's search page takes its share of the payloads as ?q=.
  {
    locale,
    path: `${locale.path}/search/`,
    calculator: false,
    queries: [
      ...sweep,
      ...payloads.filter((_, p) => p % locales.length === index).map((payload) => `q=${encodeURIComponent(payload)}`),
    ],
  },
]);

test.describe('hostile query strings', () => {
  for (const target of targets)
    test(`${target.path}: no error, no injection, and a notice where input was ignored`, async ({ page, errors }) => {
      const failures: string[] = [];
      page.on('dialog', (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (const [index, query] of target.queries.entries()) {
        errors.length = 0;
        const label = `${target.path}?${query.slice(0, 120)}`;
        try {
          if (target.calculator && index > 0) {
            // The calculator also reads the address on back and forward: after its first load, strings arrive that way.
            await page.evaluate((search) => {
              history.pushState(null, '', search);
              dispatchEvent(new PopStateEvent('popstate'));
            }, `?${query}`);
          } else {
            // Module scripts, the islands included, have run by DOMContentLoaded.
            await page.goto(`${urlOf(target.path)}?${query}`, { waitUntil: 'domcontentloaded' });
          }
        } catch (error) {
          failures.push(`${label}: ${(error as Error).message.slice(0, 200)}`);
          continue;
        }
        for (const problem of await injected(page)) failures.push(`${label}: ${problem}`);
        for (const error of errors) failures.push(`${label}: ${error}`);
        if (target.calculator) {
          const noticeShown = await page.locator('[data-notice]').isVisible();
          // The query as the browser holds it (a `#` starts the fragment, not the query).
          const asSent = new URL(`${urlOf(target.path)}?${query}`).search;
          if (noticeShown !== calculatorIgnoresSomething(asSent)) {
            failures.push(`${label}: notice ${noticeShown ? 'shown' : 'missing'}`);
          }
          // Once the notice has said what was ignored, the address keeps only what was used.
          if (calculatorIgnoresSomething(new URL(page.url()).search)) failures.push(`${label}: address not cleaned`);
          if (noticeShown && target.locale.tag !== 'en' && /ignored/i.test(await page.locator('[data-notice]').innerText())) {
            failures.push(`${label}: notice not localized`);
          }
        }
      }
      expect(failures.slice(0, 20)).toEqual([]);
    });
});

for (const locale of locales)
  test.describe(`tricky calculator addresses in ${locale.tag}`, () => {
    const t = useTranslations(locale.tag, 'calculator');
    const calculator = (query: string) => `${urlOf(`${locale.path}/calculator/`)}?${query}`;
    const noticeItems = (page: Page) => page.locator('[data-notice] li').allInnerTexts();

    test('shows a right-to-left override as a visible escape, isolated, without reversing the notice', async ({
      page,
      errors,
    }) => {
      await page.goto(calculator('role=%E2%80%AEnimda-labolg&product=cloud'));
      const notice = page.locator('[data-notice]');
      await expect.poll(() => notice.isVisible()).toBe(true);
      const text = await notice.innerText();
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(await noticeItems(page)).toEqual([`role=[U+202E]nimda-labolg — ${t('notice.reason.invalid-value')}`]);
      // The untrusted part sits in an isolate, so even right-to-left letters cannot reorder the sentence.
      expect(await notice.locator('li bdi').innerText()).toBe('role=[U+202E]nimda-labolg');
      expect(await notice.locator('p').innerText()).toBe(t('notice.title'));
      // axe checks a notice with isolated address text below (a parameter without a name).
      expect(errors).toEqual([]);
    });

    test('says which valid value a Cyrillic lookalike imitates', async ({ page, errors }) => {
      await page.goto(calculator('offer=g%D0%BEld:security'));
      await expect.poll(() => page.locator('[data-notice]').isVisible()).toBe(true);
      const [item] = await noticeItems(page);
      const [before = '', after = ''] = t('notice.lookalike', { value: '{value}' }).split('{value}');
      expect(item).toBe(`offer=g\u043eld:security — ${t('notice.reason.invalid-value')}; ${before}gold:security${after}`);
      // Nothing was applied: the lookalike is not taken for the real offer.
      expect(await page.locator('[data-calculator-form] input:checked:not([value=""])').count()).toBe(0);
      expect(errors).toEqual([]);
    });

    test('names a parameter without a name instead of showing an empty line', async ({ page, errors }) => {
      await page.goto(calculator('=&=x&product=cloud'));
      await expect.poll(() => page.locator('[data-notice]').isVisible()).toBe(true);
      const reason = t('notice.reason.unknown-parameter');
      expect(await noticeItems(page)).toEqual([
        `${t('notice.emptyName')} — ${reason}`,
        `${t('notice.emptyName')} =x — ${reason}`,
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('keeps the notice but replaces the address with its clean form, without a new history entry', async ({
      page,
      errors,
    }) => {
      await page.goto(calculator('junk=1&offer=gold%3Asecurity&product=cloud&product=older-on-premises'));
      await expect.poll(() => page.locator('[data-notice]').isVisible()).toBe(true);
      expect(await noticeItems(page)).toHaveLength(2);
      expect(new URL(page.url()).search).toBe('?offer=gold:security&product=cloud');
      // Replaced, not added: one step back leaves the calculator rather than showing the junk again.
      await page.goBack();
      expect(page.url()).toBe('about:blank');
      expect(errors).toEqual([]);
    });
  });
