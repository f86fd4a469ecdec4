/**
 * The calculator as a reader uses it, in each locale: answering by clicking labels, sharing the
 * URL, a tampered URL, axe-core with a result shown, layout and announcements; in one locale each,
 * the back button, no JavaScript, and the keyboard alone. Expected figures are FACTS.md's (F3.3),
 * written here.
 */
import type { Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { stepIds } from '../../src/rules/next-steps.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';

/** The figures of the result region: `offer benefit value`, in page order. */
const resultFigures = (page: Page) =>
  page
    .locator('[data-result] [data-offer][data-benefit]')
    .evaluateAll((cells) =>
      cells.map(
        (cell) => `${cell.getAttribute('data-offer')} ${cell.getAttribute('data-benefit')} ${cell.querySelector('data')?.value}`,
      ),
    );
/** The next steps and notes shown, by id. */
const resultRules = (page: Page) =>
  page.locator('[data-result] [data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
/** Which answers are ticked, as their URL form (a question's "not answered" choice has the value ""). */
const ticked = (page: Page) =>
  page
    .locator('[data-calculator-form] input:checked:not([value=""])')
    .evaluateAll((inputs) => inputs.map((input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`));

/** F3.3: Silver, other competency: 15 and 5; Gold, cloud competency: 20 and unlimited. */
const silverOtherGoldCloud = [
  'silver:other product-support 15',
  'silver:other signature-cloud-support 5',
  'gold:cloud-platform product-support 20',
  'gold:cloud-platform signature-cloud-support unlimited',
];

for (const [index, locale] of locales.entries())
  test.describe(`the calculator in ${locale.tag}`, () => {
    /** `test`, in one locale each in turn: for what the words do not change (history, focus, parsing). */
    const inTurn = (turn: number) => (turn % locales.length === index ? test : ((() => {}) as unknown as typeof test));
    const t = useTranslations(locale.tag, 'calculator');
    const rules = useTranslations(locale.tag, 'rules');
    const calculatorUrl = (query = '') => urlOf(`${locale.path}/calculator/${query}`);
    /** The fieldset whose own legend reads `legend`. */
    const group = (page: Page, legend: string) =>
      page.locator(`xpath=//fieldset[legend[normalize-space()=${JSON.stringify(legend)}]]`);
    // The whole label: "No" must not pick "Not answered".
    const clickLabel = (page: Page, legend: string, label: string) =>
      group(page, legend)
        .locator('label')
        .filter({ hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) })
        .first()
        .click();

    test('answers by clicking labels, shows the figures and steps, and a shared URL gives the same result', async ({
      page,
      errors,
      newPage,
    }) => {
      await page.goto(calculatorUrl());
      await expect.poll(() => page.locator('[data-result]').isVisible()).toBe(true);

      await clickLabel(page, t('form.gold'), 'Cloud Platform');
      await clickLabel(page, t('form.silver'), rules('competency.other'));
      await clickLabel(page, t('form.product'), rules('product.cloud'));
      await clickLabel(page, t('form.account'), rules('account.mpn'));
      await clickLabel(page, t('form.role'), rules('role.admin-agent'));
      await clickLabel(page, t('form.activated'), t('activated.no'));

      await expect.poll(() => resultFigures(page)).toEqual(silverOtherGoldCloud);
      const shown = await resultRules(page);
      expect(shown).toEqual(
        expect.arrayContaining([
          'steps.ask-admin-to-activate',
          'steps.request-azure-portal',
          'steps.cloud-pack-can-run-out',
          'silences.offers-combined',
        ]),
      );
      expect(shown.indexOf('steps.ask-admin-to-activate')).toBeLessThan(shown.indexOf('steps.request-azure-portal'));
      // Every line of the result links to the guide section it comes from.
      const whyLinks = await page
        .locator('[data-result] .rule-why a, [data-result] .why-list a')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash));
      expect(whyLinks.length).toBe(shown.length + 1);
      for (const href of whyLinks) expect(href).toMatch(new RegExp(`^/${locale.path}/guide/[a-z-]+/#[a-z-]+$`));

      const shared = page.url();
      expect(new URL(shared).search).toBe(
        '?offer=silver:other&offer=gold:cloud-platform&product=cloud&account=mpn&role=admin-agent&activated=no',
      );
      const other = await newPage();
      await other.page.goto(shared);
      await expect.poll(() => resultFigures(other.page)).toEqual(await resultFigures(page));
      expect(await resultRules(other.page)).toEqual(shown);
      expect(await ticked(other.page)).toEqual(await ticked(page));
      expect(other.errors).toEqual([]);

      // A link followed from the result lands on a heading of the guide.
      const first = page.locator('[data-result] .rule-why a').first();
      const hash = await first.evaluate((link) => (link as HTMLAnchorElement).hash);
      await first.click();
      await page.waitForURL(/\/guide\//);
      expect(await page.locator(hash).count()).toBe(1);
      expect(errors).toEqual([]);
    });

    test('shows a malformed URL’s ignored parts as text, keeps the rest, and raises no error', async ({ page, errors }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const injected = '<img src=x onerror=alert(1)>';
      await page.goto(
        calculatorUrl(`?offer=gold:nope&foo=<script>alert(1)</script>&product=cloud&bar=${encodeURIComponent(injected)}`),
      );
      const notice = page.locator('[data-notice]');
      await expect.poll(() => notice.isVisible()).toBe(true);
      const items = await notice.locator('li').allInnerTexts();
      expect(items).toHaveLength(3);
      expect(items[0]).toContain('offer=gold:nope');
      expect(items[0]).toContain(t('notice.reason.invalid-value'));
      expect(items[1]).toContain('foo=<script>alert(1)</script>');
      expect(items[1]).toContain(t('notice.reason.unknown-parameter'));
      expect(items[2]).toContain(`bar=${injected}`);
      expect(await notice.locator('script, img').count()).toBe(0);
      expect(await page.locator('main img').count()).toBe(0);
      // The valid answer is kept, the rest stays unanswered.
      expect(await ticked(page)).toEqual(['product=cloud']);
      expect(await resultRules(page)).toContain('steps.no-offer');
      // The first change of answers leaves the bad address behind, and the notice with it.
      await clickLabel(page, t('form.actionPack'), 'Microsoft Action Pack');
      await expect.poll(() => notice.isVisible()).toBe(false);
      expect(new URL(page.url()).search).toBe('?offer=action-pack&product=cloud');
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });

    inTurn(0)('steps back through changes with the back button, and forward again', async ({ page, errors }) => {
      await page.goto(calculatorUrl('?offer=action-pack'));
      await expect
        .poll(() => resultFigures(page))
        .toEqual(['action-pack product-support 10', 'action-pack signature-cloud-support none']);
      await clickLabel(page, t('form.gold'), 'Security');
      await expect.poll(() => resultFigures(page)).toHaveLength(4);
      await clickLabel(page, t('form.product'), rules('product.older-on-premises'));
      await expect.poll(() => resultRules(page)).toContain('steps.older-product-not-covered');

      await page.goBack();
      await expect.poll(() => ticked(page)).toEqual(['offer=action-pack', 'offer=gold:security']);
      expect(await resultRules(page)).not.toContain('steps.older-product-not-covered');
      await page.goBack();
      await expect.poll(() => ticked(page)).toEqual(['offer=action-pack']);
      expect(await resultFigures(page)).toEqual(['action-pack product-support 10', 'action-pack signature-cloud-support none']);
      await page.goForward();
      await expect.poll(() => resultFigures(page)).toHaveLength(4);
      // The language picker carries the answers, so the same result opens in another language.
      const languageLinks = await page
        .locator('[data-locale-link]')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).search));
      expect(languageLinks).toEqual(locales.map(() => new URL(page.url()).search));
      expect(errors).toEqual([]);
    });

    test('without JavaScript shows the full matrix and every rule', async ({ newPage }) => {
      const { page } = await newPage({ javaScriptEnabled: false });
      await page.goto(calculatorUrl('?offer=gold:security'));
      expect(await page.locator('[data-result]').isVisible()).toBe(false);
      expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
      const matrix = page.locator('[data-matrix] [data-offer][data-benefit]');
      expect(await matrix.count()).toBe(30);
      const figure = (offer: string, benefit: string) =>
        page.locator(`[data-matrix] [data-offer="${offer}"][data-benefit="${benefit}"] data`);
      expect(await figure('action-pack', 'product-support').getAttribute('value')).toBe('10');
      expect(await figure('action-pack', 'signature-cloud-support').getAttribute('value')).toBe('none');
      expect(await figure('silver:enterprise-mobility-management', 'signature-cloud-support').getAttribute('value')).toBe(
        'unlimited',
      );
      expect(await figure('silver:other', 'signature-cloud-support').getAttribute('value')).toBe('5');
      expect(await figure('gold:other', 'signature-cloud-support').getAttribute('value')).toBe('10');
      expect(await figure('gold:small-midmarket-cloud-solutions', 'product-support').getAttribute('value')).toBe('20');
      expect(await figure('gold:other', 'product-support').isVisible()).toBe(true);
      const steps = page.locator('[data-reference] [data-rule^="steps."]');
      expect(await steps.count()).toBe(stepIds.length);
      for (let index = 0; index < stepIds.length; index++) {
        expect(await steps.nth(index).isVisible()).toBe(true);
        expect(await steps.nth(index).locator('.rule-why a').count()).toBe(1);
      }
      // The form still submits the answers into the address, ready to be shared.
      await clickLabel(page, t('form.silver'), 'Security');
      await page.locator('[data-calculator-form] button[type="submit"]').click();
      await page.waitForURL(/offer=silver%3Asecurity/);
    });

    test('passes axe-core with a result, a notice and the rules shown', async ({ newPage }) => {
      const { page, errors } = await newPage({ colorScheme: 'light' });
      await page.goto(
        calculatorUrl(
          '?offer=action-pack&offer=silver:other&offer=gold:security&product=cloud&account=csp-only&role=other-role&activated=unsure&x=1',
        ),
      );
      await expect.poll(() => resultRules(page)).toContain('steps.use-mpn-account');
      await page.locator('[data-reference] summary').click();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    for (const [name, query, withNotice] of [
      ['empty', '', false],
      [
        'with a full result',
        '?offer=action-pack&offer=gold:security&product=cloud&account=mpn&role=global-admin&activated=no',
        false,
      ],
      // An unknown parameter and a Cyrillic "о" in "gold": the ignored-parameters notice appears.
      ['with a malformed address', '?junk=1&offer=g%D0%BEld:security', true],
    ] as const) {
      test(`does not shift its layout while it loads, ${name}, wide and narrow`, async ({ newPage }) => {
        for (const viewport of [
          { width: 1280, height: 800 },
          { width: 390, height: 800 },
        ]) {
          const { page, errors } = await newPage({ viewport });
          await page.addInitScript(() => {
            const shifts: number[] = [];
            (window as unknown as { shifts: number[] }).shifts = shifts;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
                if (!entry.hadRecentInput) shifts.push(entry.value);
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(calculatorUrl(query));
          await page.locator('[data-result-body] > :last-child').first().waitFor();
          await page.waitForTimeout(500);
          expect(await page.locator('[data-notice]').isVisible(), `${viewport.width} px`).toBe(withNotice);
          expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), `${viewport.width} px`).toEqual(
            [],
          );
          expect(errors).toEqual([]);
        }
      });
    }

    inTurn(2)('reads a percent-encoded offer (%3A) the way a submitted form writes it', async ({ page, errors }) => {
      await page.goto(calculatorUrl('?offer=gold%3Acloud-platform&offer=silver%3Aother'));
      await expect.poll(() => resultFigures(page)).toEqual(silverOtherGoldCloud);
      expect(await page.locator('[data-notice]').isVisible()).toBe(false);
      expect(await ticked(page)).toEqual(['offer=silver:other', 'offer=gold:cloud-platform']);
      expect(errors).toEqual([]);
    });

    test('announces a run of changes once, in a short status line, and makes one history entry of it', async ({
      page,
      errors,
    }) => {
      await page.goto(calculatorUrl('?offer=action-pack'));
      await expect.poll(() => resultFigures(page)).toHaveLength(2);
      // Everything screen readers would hear from the calculator's live regions, change by change.
      await page.evaluate(() => {
        const heard: string[] = [];
        (window as unknown as { heard: string[] }).heard = heard;
        const live = document.querySelectorAll('[data-calculator] [aria-live], [data-calculator] [role="status"]');
        const observer = new MutationObserver(() => {
          for (const region of live) {
            const words = region.textContent?.trim() ?? '';
            if (words && !(region as HTMLElement).closest('[hidden]')) heard.push(words);
          }
        });
        for (const region of live) observer.observe(region, { childList: true, subtree: true, characterData: true });
      });
      const heard = () => page.evaluate(() => [...new Set((window as unknown as { heard: string[] }).heard)]);
      const historyLength = await page.evaluate(() => history.length);

      await clickLabel(page, t('form.product'), rules('product.recent-on-premises'));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => ticked(page)).toEqual(['offer=action-pack', 'product=cloud']);
      await expect.poll(heard).toHaveLength(1);
      await page.waitForTimeout(1000);
      const [line] = await heard();
      expect(line!.length).toBeLessThanOrEqual(100);
      // Not the result read again: none of its headings.
      expect(line).not.toContain(t('result.entitlements'));
      expect(line).not.toContain(t('result.answers'));
      // Three answers to one question in a row: one step back returns to before the first.
      expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
      await page.goBack();
      await expect.poll(() => ticked(page)).toEqual(['offer=action-pack']);

      // Asking for the result moves to it instead of reading it into the status line.
      await page.keyboard.press('Tab');
      await page.locator('[data-calculator-form] button[type="submit"]').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-title');
      expect(errors).toEqual([]);
    });

    inTurn(1)('keeps focus somewhere sensible on Back and Forward', async ({ page, errors }) => {
      const focused = () =>
        page.evaluate(() => {
          const element = document.activeElement;
          return element instanceof HTMLInputElement ? `${element.name}=${element.value}` : element?.id || element?.tagName;
        });
      await page.goto(calculatorUrl('?product=recent-on-premises'));
      await expect.poll(() => ticked(page)).toEqual(['product=recent-on-premises']);

      // Inside a radio group: Back leaves focus on the option that is checked again, not the one that no longer is.
      await page.locator('input[name="product"][value="recent-on-premises"]').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => ticked(page)).toEqual(['product=older-on-premises']);
      await page.goBack();
      await expect.poll(() => ticked(page)).toEqual(['product=recent-on-premises']);
      expect(await focused()).toBe('product=recent-on-premises');
      await page.goForward();
      await expect.poll(() => ticked(page)).toEqual(['product=older-on-premises']);
      expect(await focused()).toBe('product=older-on-premises');

      // Inside the result, which Back replaces: focus goes to the result's heading, not to the page.
      await page.locator('[data-result] .rule-why a').first().focus();
      await page.goBack();
      await expect.poll(() => ticked(page)).toEqual(['product=recent-on-premises']);
      expect(await focused()).toBe('result-title');
      await page.goForward();
      await expect.poll(() => ticked(page)).toEqual(['product=older-on-premises']);
      expect(await focused()).toBe('result-title');
      expect(errors).toEqual([]);
    });

    inTurn(2)('can be completed with the keyboard alone, and focus is never lost', async ({ page, errors }) => {
      await page.goto(calculatorUrl());
      await expect.poll(() => page.locator('[data-result]').isVisible()).toBe(true);
      const focused = () =>
        page.evaluate(() => {
          const element = document.activeElement;
          return element instanceof HTMLInputElement
            ? `${element.name}=${element.value}`
            : element?.id || element?.tagName.toLowerCase() || '';
        });
      const tabTo = async (target: string) => {
        for (let presses = 0; presses < 40 && (await focused()) !== target; presses++) {
          await page.keyboard.press('Tab');
          expect(await focused()).not.toBe('body');
        }
        expect(await focused()).toBe(target);
      };

      await tabTo('offer=action-pack');
      await page.keyboard.press('Space');
      await tabTo('offer=gold:other');
      await page.keyboard.press('Space');
      // Each question starts on its "not answered" choice (value ""), the radio group's tab stop.
      await tabTo('product=');
      for (let presses = 0; presses < 3; presses++) await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('product=cloud');
      await tabTo('account=');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('account=mpn');
      await tabTo('role=');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('role=mpn-partner-admin');
      await tabTo('activated=');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('activated=yes');

      expect(await ticked(page)).toEqual([
        'offer=action-pack',
        'offer=gold:other',
        'product=cloud',
        'account=mpn',
        'role=mpn-partner-admin',
        'activated=yes',
      ]);
      await expect
        .poll(() => resultFigures(page))
        .toEqual([
          'action-pack product-support 10',
          'action-pack signature-cloud-support none',
          'gold:other product-support 20',
          'gold:other signature-cloud-support 10',
        ]);
      // "Show the result" (after the question's guide link) takes the reader to it.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(focused).toBe('result-title');
      expect(await resultRules(page)).toEqual(
        expect.arrayContaining(['steps.request-azure-portal', 'steps.cloud-pack-can-run-out']),
      );
      expect(errors).toEqual([]);
    });
  });
