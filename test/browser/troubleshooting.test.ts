/**
 * The troubleshooting guide in Chromium, in each locale, by keyboard alone: from the start to the
 * Azure "Access ID is already associated" outcome with JavaScript (steps swap in place, focus lands
 * on the new heading, which is the step's only announcement, also on Back and Forward) and without it (plain links); the back button returns to
 * the previous question; an earlier answer can be changed; axe finds nothing on question and
 * outcome pages.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';
import { locales } from '../../src/i18n/locales.ts';

const region = (id: string) => `[data-tree-node="${id}"]`;

/** Tabs through the page until `selector` has focus, then presses Enter: what a keyboard user does. */
async function tabToAndEnter(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The id and text of the focused element. */
const focused = (page: Page) =>
  page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));

const pathOf = (page: Page) => new URL(page.url()).pathname;

for (const locale of locales)
  test.describe(`troubleshooting in ${locale.tag}`, () => {
    const base = `/${locale.path}/troubleshooting/`;
    test.use({ locale: locale.tag });

    test('with JavaScript: steps in place to the Access ID outcome, focus on each new heading is its one announcement, Back and Change work', async ({
      page,
      errors,
    }) => {
      await page.goto(urlOf(`${locale.path}/troubleshooting/`));
      await page.waitForFunction(() => customElements.get('troubleshooter-walk') !== undefined);
      // A marker on window survives only if the page is never reloaded.
      await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
      // Anything a live region would say besides the focused heading: each step must be heard once.
      await page.evaluate(() => {
        const heard: string[] = [];
        (window as unknown as { heard: string[] }).heard = heard;
        new MutationObserver((records) => {
          for (const record of records) {
            const target = record.target instanceof Element ? record.target : record.target.parentElement;
            const live = target?.closest('[aria-live], [role="status"], [role="alert"], [role="log"]');
            if (live && !live.closest('[data-search-box]') && live.textContent?.trim()) heard.push(live.textContent.trim());
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);

      await tabToAndEnter(page, 'a[data-tree-answer="access-id-already-associated"]');
      await page.waitForSelector(region('access-id-error'));
      expect(pathOf(page)).toBe(`${base}access-id-error/`);
      const question = await focused(page);
      expect(question.id).toBe('tree-heading');
      expect(question.text.length).toBeGreaterThan(5);
      expect(await page.title()).toContain(question.text);
      expect(await axeViolations(page)).toEqual([]);

      // From the focused heading, the next Tab reaches the first answer.
      await tabToAndEnter(page, 'a[data-tree-answer="valid"]');
      await page.waitForSelector(region('access-id-already-linked'));
      expect(pathOf(page)).toBe(`${base}access-id-already-linked/`);
      const outcome = await focused(page);
      expect(outcome.id).toBe('tree-heading');
      expect(await page.locator('[data-tree-steps] > li').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-tree-node] q[lang="en"]').first().textContent()).toContain(
        'This Access ID is already associated to an account',
      );
      expect(await page.locator('a[data-tree-why]').getAttribute('href')).toBe(
        `/${locale.path}/guide/access-id-error/#already-linked`,
      );
      expect(await axeViolations(page)).toEqual([]);
      // The language links follow the reader to the same node.
      for (const other of locales) {
        expect(await page.locator(`a[data-locale-link="${other.path}"]`).getAttribute('href')).toBe(
          `/${other.path}/troubleshooting/access-id-already-linked/`,
        );
      }

      await page.goBack();
      await page.waitForSelector(region('access-id-error'));
      expect(pathOf(page)).toBe(`${base}access-id-error/`);
      // Back lands on the previous question's heading: focus survives, and says where the reader is.
      expect(await focused(page)).toEqual(question);
      await page.goForward();
      await page.waitForSelector(region('access-id-already-linked'));
      expect(await focused(page)).toEqual(outcome);
      await page.waitForTimeout(200);
      // Focus on the new heading was the only announcement of each step, forward and back.
      expect(await heard()).toEqual([]);

      // Change the first answer: back to the start, then another message.
      await tabToAndEnter(page, '[data-tree-given="start"] a[data-tree-link="change"]');
      await page.waitForSelector(region('start'));
      expect(pathOf(page)).toBe(base);
      await tabToAndEnter(page, 'a[data-tree-answer="not-authorized"]');
      await page.waitForSelector(region('not-authorized'));
      expect(await page.locator('[data-tree-given]').count()).toBe(1);
      expect(await page.locator('[data-tree-given="start"] q[lang="en"]').textContent()).toBe(
        'You are not authorized for this action',
      );

      await tabToAndEnter(page, 'a[data-tree-link="restart"]');
      await page.waitForSelector(region('start'));
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
      expect(errors).toEqual([]);
    });

    test('without JavaScript: the same walk works with plain links, Back and Change', async ({ newPage }) => {
      const { page, errors } = await newPage({ javaScriptEnabled: false, locale: locale.tag });
      await page.goto(urlOf(`${locale.path}/troubleshooting/`));

      await tabToAndEnter(page, 'a[data-tree-answer="access-id-already-associated"]');
      await page.waitForURL(`**${base}access-id-error/`);
      const question = (await page.locator('h1').textContent())!.trim();

      await tabToAndEnter(page, 'a[data-tree-answer="valid"]');
      await page.waitForURL(`**${base}access-id-already-linked/`);
      expect(await page.locator('[data-tree-steps] > li').count()).toBeGreaterThan(0);
      expect(await page.locator('a[data-tree-why]').count()).toBe(1);
      // Printing needs the script: without it the browser's own command is the way, no dead button.
      expect(await page.locator('button[data-print]').isHidden()).toBe(true);

      await page.goBack();
      await page.waitForURL(`**${base}access-id-error/`);
      expect((await page.locator('h1').textContent())!.trim()).toBe(question);

      await page.goForward();
      await page.waitForURL(`**${base}access-id-already-linked/`);
      await tabToAndEnter(page, '[data-tree-given="access-id-error"] a[data-tree-link="change"]');
      await page.waitForURL(`**${base}access-id-error/`);
      await tabToAndEnter(page, 'a[data-tree-answer="expired-or-used-up"]');
      await page.waitForURL(`**${base}access-id-expired/`);
      expect(await page.locator('[data-tree-given]').count()).toBe(2);
      expect(errors).toEqual([]);
    });

    test('an outcome page is laid out whole from its first paint: nothing moves when the script arrives late', async ({
      page,
      errors,
    }) => {
      await page.addInitScript(() => {
        const shifts: string[] = [];
        (window as unknown as { shifts: string[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
            shifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map((source) => source.node?.nodeName).join(', ')}`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // A slow network: the page paints before its one script runs (it is a module, never blocking).
      await page.route('**/_astro/*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      await page.goto(urlOf(`${locale.path}/troubleshooting/access-id-already-linked/`));
      await page.waitForFunction(() => document.documentElement.classList.contains('js'));
      expect(await page.locator('button[data-print]').isVisible()).toBe(true);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
      expect(errors).toEqual([]);
    });

    // axe checks the map with every other page: a11y-every-page.test.ts.
    test('draws the map with the same tree as a list of links', async ({ page, errors }) => {
      await page.goto(urlOf(`${locale.path}/troubleshooting/map/`));
      expect(await page.locator('svg[data-tree-diagram] [data-tree-diagram-node]').count()).toBe(
        await page.locator('[data-tree-list-node]').count(),
      );
      expect(errors).toEqual([]);
    });
  });
