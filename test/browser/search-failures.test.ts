/**
 * Search when things go wrong, in every locale: each Pagefind file failing (each file in one
 * locale, every locale's failure words seen), a slow Pagefind, a right-to-left override in ?q=, and
 * announcements only for settled queries. None of it is timed against a budget (the timed paste is
 * search-strain.timing.test.ts), so it runs beside the others.
 */
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';
import { panelSelector, resultsSelector, settled } from './search-page.ts';

/** Console lines the browser prints for a request the test made fail (the page handles the failure). */
const unexpected = (errors: string[]) =>
  errors.filter((error) => !/^console: (Failed to load resource|net::ERR_|Failed to load (the )?Pagefind)/.test(error));

/** Pagefind's files, each of which may fail to load on its own. */
const pagefindFiles: [name: string, pattern: RegExp][] = [
  ['script', /\/pagefind\/pagefind\.js$/],
  ['WebAssembly', /\/pagefind\/wasm\.[\w-]+\.pagefind$/],
  ['index', /\/pagefind\/(index\/|pagefind\.[\w-]+\.pf_meta|pagefind-entry\.json)/],
  ['fragment', /\/pagefind\/fragment\//],
];

for (const [index, locale] of locales.entries())
  test.describe(`search under strain in ${locale.tag}`, () => {
    const t = useTranslations(locale.tag, 'search');
    const prefix = `/${locale.path}/`;
    const query = 'Support for Business';

    // What the reader sees is the same whichever file failed: each locale takes its share of them.
    for (const [name, file] of pagefindFiles.filter((_, failing) => failing % locales.length === index))
      test(`when Pagefind’s ${name} fails, says so visibly with ways on, on the page and in the panel`, async ({
        page,
        errors,
      }) => {
        await page.route(file, (route) => route.abort('failed'));
        await page.goto(urlOf(`${locale.path}/search/?q=${encodeURIComponent(query)}`));
        for (const view of [resultsSelector, panelSelector]) {
          if (view === panelSelector) await page.locator('#site-search').fill(query);
          await settled(page, view, query);
          const shown = page.locator(view);
          expect(await shown.getAttribute('data-state')).toBe('failed');
          expect(await shown.locator('.search-failed').innerText()).toBe(t('status.failed'));
          const ways = await shown
            .locator('.search-failed-links a')
            .evaluateAll((links) => links.map((link) => [link.textContent, new URL((link as HTMLAnchorElement).href).pathname]));
          expect(ways).toEqual([
            [t('states.failedSearchPage'), `${prefix}search/`],
            [t('noMatch.link'), `${prefix}troubleshooting/`],
          ]);
          expect(await shown.isVisible()).toBe(true);
        }
        await expect.poll(() => page.locator('[data-search-status]').innerText()).toBe(t('status.failed'));
        // Whichever file failed, the page ends in the same state: axe checks it once per locale.
        if (name === pagefindFiles[index]![0]) expect(await axeViolations(page)).toEqual([]);
        expect(unexpected(errors)).toEqual([]);
      });

    test('shows that it is searching when Pagefind is slow, then the results', async ({ page, errors }) => {
      // Pagefind's script, the first of its files a search needs, arrives 1.2 s late: the search
      // cannot start before it, so "loading" (due 300 ms after the query settles) must show.
      await page.route(/\/pagefind\/pagefind\.js$/, async (route) => {
        const response = await route.fetch();
        await new Promise((resolve) => setTimeout(resolve, 1200));
        await route.fulfill({ response });
      });
      await page.goto(urlOf(`${locale.path}/guide/overview/`));
      await page.locator('#site-search').fill(query);
      const panel = page.locator(panelSelector);
      await expect.poll(() => panel.getAttribute('data-state'), { timeout: 5000 }).toBe('loading');
      expect(await panel.locator('.search-loading').innerText()).toBe(t('states.loading'));
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.getAttribute('aria-busy')).toBe('true');
      await settled(page, panelSelector, query);
      expect(await panel.getAttribute('data-state')).toBe('results');
      expect(await panel.locator('.search-loading').count()).toBe(0);
      expect(errors).toEqual([]);
    });

    test('quotes a right-to-left override in ?q= isolated and visible, without reversing the sentence', async ({
      page,
      errors,
    }) => {
      await page.goto(urlOf(`${locale.path}/search/?q=%E2%80%AEdi%20ssecca`));
      await settled(page, resultsSelector, '\u202Edi ssecca');
      const quote = page.locator(`${resultsSelector} .no-match-title bdi`);
      expect(await quote.innerText()).toBe('[U+202E]di ssecca');
      expect(await page.locator(`${resultsSelector} .no-match-title`).innerText()).toBe(
        t('status.noMatch', { query: '[U+202E]di ssecca' }),
      );
      await expect.poll(() => page.locator('[data-search-page-status] bdi').count()).toBe(1);
      expect(await page.locator('[data-search-page-status]').innerText()).toBe(
        t('status.noMatch', { query: '[U+202E]di ssecca' }),
      );
      expect(errors).toEqual([]);
    });

    test('announces only the settled query, once, and each query supersedes the one before', async ({ page, errors }) => {
      await page.goto(urlOf(`${locale.path}/guide/overview/`));
      await page.evaluate(() => {
        const said: string[] = [];
        const keys: number[] = [];
        Object.assign(window, { said, keys });
        addEventListener('keydown', () => keys.push(performance.now()), { capture: true });
        const status = document.querySelector('[data-search-status]')!;
        new MutationObserver(() => {
          if (status.textContent) said.push(status.textContent);
        }).observe(status, { childList: true, characterData: true, subtree: true });
      });
      await page.locator('#site-search').focus();
      await page.keyboard.type(query, { delay: 60 });
      await settled(page, panelSelector, query);
      await page.waitForTimeout(1000);
      const { said, keys } = await page.evaluate(() => {
        const recorded = window as unknown as { said: string[]; keys: number[] };
        return { said: recorded.said, keys: recorded.keys };
      });
      // One announcement, for the whole query; a loaded machine may pause the typing long enough
      // (600 ms) for a partial query to settle, and that counts as the reader pausing.
      const pauses = keys.filter((at, index) => index > 0 && at - keys[index - 1]! >= 600).length;
      expect(said.length, said.join(' | ')).toBeGreaterThanOrEqual(1);
      expect(said.length, said.join(' | ')).toBeLessThanOrEqual(1 + pauses);
      expect(said.at(-1)).toContain(query);
      // Header panel links say which page they lead to, so no two read the same.
      const names = await page.locator(`${panelSelector} a.hit-link`).allInnerTexts();
      expect(names.length).toBeGreaterThan(1);
      expect(new Set(names).size).toBe(names.length);
      expect(errors).toEqual([]);
    });
  });
