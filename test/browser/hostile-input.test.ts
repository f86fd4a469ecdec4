/**
 * Hostile input: a generated set of 540 random and adversarial query strings (markup, script URLs,
 * huge values, repeated and unknown parameters, broken encodings) against the calculator, the
 * troubleshooting pages and the search page, in every locale. No uncaught error, no injected
 * element, and on the calculator a localized notice whenever something was ignored.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locales } from '../../src/i18n/locales.ts';
import { parseAnswers } from '../../src/rules/answers.ts';
import { openPage, urlOf } from '../support/browser.ts';

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

/** Whether the address, as the browser parsed it, holds anything the calculator ignores. */
function calculatorIgnoresSomething(address: string): boolean {
  return parseAnswers(new URL(address).searchParams).problems.length > 0;
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

describe('hostile query strings', () => {
  it(`${queries.length} generated query strings cause no error, no injection, and a notice where input was ignored`, async () => {
    const failures: string[] = [];
    // One group of query strings per page; three pages work through the groups side by side.
    const groups = targets.map((target, index) => ({ target, queries: queries.filter((_, q) => q % targets.length === index) }));
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        const { page, errors, close } = await openPage();
        page.on('dialog', (dialog) => {
          errors.push(`dialog: ${dialog.message()}`);
          void dialog.dismiss();
        });
        for (let group = groups.shift(); group !== undefined; group = groups.shift()) {
          const { target } = group;
          for (const [index, query] of group.queries.entries()) {
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
              if (noticeShown !== calculatorIgnoresSomething(page.url())) {
                failures.push(`${label}: notice ${noticeShown ? 'shown' : 'missing'}`);
              }
              if (noticeShown && target.locale.tag !== 'en' && /ignored/i.test(await page.locator('[data-notice]').innerText())) {
                failures.push(`${label}: notice not localized`);
              }
            }
          }
        }
        await close();
      }),
    );
    expect(queries.length).toBeGreaterThanOrEqual(500);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 600_000);
});
