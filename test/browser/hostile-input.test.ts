/**
 * Hostile input: a generated set of 540 random and adversarial query strings (markup, script URLs,
 * huge values, repeated and unknown parameters, broken encodings) against the calculator, the
 * troubleshooting pages and the search page, in every locale. No uncaught error, no injected
 * element, and on the calculator a localized notice whenever something was ignored, then the clean
 * address. Then the tricky cases one by one: a right-to-left override, a Cyrillic lookalike, a
 * parameter without a name (40,000 parameters: calculator-strain.timing.test.ts).
 */
import type { Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';

/** A small seeded generator, so a failure names a query string that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const payloads = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1" data-injected>',
  "'><svg onload=window.__pwned=1 data-injected>",
  'javascript:window.__pwned=1',
  '<i id="injected">x</i>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '__proto__',
  'constructor',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '\u202e\u0000\ufffe',
  'gold:<b data-injected>x</b>',
  'silver:security:extra',
  'action-pack\n<script>',
];
const brokenEncodings = ['%', '%%', '%E0%A4%A', '%C3%28', '%FF%FE', '%u0041', '%0', '%00', '%ED%A0%80'];
const names = ['offer', 'product', 'account', 'role', 'activated', 'q', 'node', '__proto__', 'utm_source', '<b>', 'offer[]', ''];
const goodValues = [
  'action-pack',
  'gold:cloud-platform',
  'silver:other',
  'cloud',
  'mpn',
  'global-admin',
  'yes',
  'recent-on-premises',
];

/** 540 query strings: every payload and encoding by name, then random mixtures. */
function hostileQueries(count: number): string[] {
  const next = random(20261120);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const queries: string[] = [];
  for (const name of names.slice(0, 6)) {
    for (const payload of payloads) queries.push(`${name}=${encodeURIComponent(payload)}`);
    for (const broken of brokenEncodings) queries.push(`${name}=${broken}`);
  }
  queries.push(
    `offer=${'gold:security&offer='.repeat(300)}x`,
    `q=${'a'.repeat(7000)}`,
    `product=${'x'.repeat(7000)}`,
    '&&&==&',
    '=',
    '?',
    '#<script>',
  );
  while (queries.length < count) {
    const parts: string[] = [];
    for (let index = 0, length = 1 + Math.floor(next() * 6); index < length; index++) {
      const roll = next();
      const value = roll < 0.35 ? pick(goodValues) : roll < 0.7 ? encodeURIComponent(pick(payloads)) : pick(brokenEncodings);
      parts.push(`${pick(names)}=${value}`);
    }
    queries.push(parts.join('&'));
  }
  return queries;
}

const queries = hostileQueries(540);

/**
 * The calculator's parameters as the README documents them, written out here so that the test does
 * not ask the code under test what to expect.
 */
const competencyIds = [
  'security',
  'cloud-business-applications',
  'cloud-platform',
  'cloud-productivity',
  'enterprise-mobility-management',
  'small-midmarket-cloud-solutions',
  'other',
];
const documented: Record<string, readonly string[]> = {
  offer: ['action-pack', ...['silver', 'gold'].flatMap((level) => competencyIds.map((id) => `${level}:${id}`))],
  product: ['recent-on-premises', 'older-on-premises', 'cloud'],
  account: ['mpn', 'csp-only'],
  role: ['global-admin', 'mpn-partner-admin', 'admin-agent', 'other-role'],
  activated: ['yes', 'no', 'unsure'],
};

/**
 * Whether the README's rules ignore something in the query: an unknown parameter or value, or a
 * second, different value for a one-value parameter.
 */
function calculatorIgnoresSomething(search: string): boolean {
  const first = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(search)) {
    if (!Object.hasOwn(documented, name) || !documented[name]!.includes(value)) return true;
    if (name === 'offer') continue;
    if (first.has(name) && first.get(name) !== value) return true;
    first.set(name, value);
  }
  return false;
}

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

const targets = locales.flatMap((locale) => [
  { locale, path: `${locale.path}/calculator/`, calculator: true },
  { locale, path: `${locale.path}/troubleshooting/`, calculator: false },
  { locale, path: `${locale.path}/search/`, calculator: false },
]);

test.describe(`${queries.length} hostile query strings`, () => {
  test.describe.configure({ timeout: 300_000 });
  test('are at least 500', () => expect(queries.length).toBeGreaterThanOrEqual(500));

  // Each page of the site takes its share of the strings, one after another in one page.
  for (const [index, target] of targets.entries())
    test(`${target.path}: no error, no injection, and a notice where input was ignored`, async ({ page, errors }) => {
      const failures: string[] = [];
      const targetQueries = queries.filter((_, q) => q % targets.length === index);
      page.on('dialog', (dialog) => {
        errors.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      {
        for (const [index, query] of targetQueries.entries()) {
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
      expect(await axeViolations(page)).toEqual([]);
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
