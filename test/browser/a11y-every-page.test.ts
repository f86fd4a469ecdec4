/**
 * Every built page with the Content Security Policy in force: no script or CSP errors, and no
 * axe-core (WCAG 2.2 A and AA) violations on every page but the troubleshooting steps, of which one
 * question and one outcome per locale (the steps share one template), and but a page whose bytes
 * axe has already checked at another address (404.html beside 404/). Light scheme everywhere; the
 * dark scheme, whose only difference is colour, on one page of each kind in each locale.
 */
import type { Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';
import { builtPages, readDistFile } from '../support/dist.ts';

const toPath = (file: string) => file.replace(/index\.html$/, '');
const sitePages = builtPages().filter((file) => !file.startsWith('pagefind/'));
const groups: [string, string[]][] = [
  ...locales.map((locale) => [locale.tag, sitePages.filter((file) => file.startsWith(`${locale.path}/`))] as [string, string[]]),
  ['the site root', sitePages.filter((file) => !locales.some((locale) => file.startsWith(`${locale.path}/`)))],
];

/** Pages whose bytes an earlier page already has (`en/404/` beside `en/404.html`). */
const copies = new Set<string>();
const seenBytes = new Set<string>();
for (const file of sitePages) {
  const bytes = readDistFile(file);
  if (seenBytes.has(bytes)) copies.add(file);
  seenBytes.add(bytes);
}

/** The first page of each kind in each locale (home, guide, calculator, troubleshooting, search, 404). */
const darkSample = new Set(
  new Map(sitePages.filter((file) => !copies.has(file)).map((file) => [file.split('/').slice(0, 2).join('/'), file])).values(),
);
if (darkSample.size <= 6) throw new Error(`only ${darkSample.size} kinds of page to check in the dark scheme`);

/**
 * The troubleshooting step a page is (question or outcome), or undefined for any other page. The
 * steps share one template and differ in words, lists and links, which the build tests check on
 * every page (html-validate's accessibility rules, lang-of-parts): axe checks one page of each.
 */
async function stepKind(page: Page, file: string): Promise<string | undefined> {
  if (!/\/troubleshooting\/(?!map\/)[^/]+\/index\.html$/.test(file)) return undefined;
  return (await page.locator('[data-tree-steps]').count()) > 0 ? 'outcome' : 'question';
}

/**
 * Loads `files` one after another in one page; returns every violation and error, and the kinds of
 * step met. The pages of `darkSample` are checked again in the dark scheme.
 */
async function audit(page: Page, errors: string[], files: string[]): Promise<{ failures: string[]; steps: string[] }> {
  const failures: string[] = [];
  const checkedSteps = new Set<string>();
  for (const file of files) {
    errors.length = 0;
    await page.goto(urlOf(toPath(file)));
    const step = await stepKind(page, file);
    if ((step === undefined || !checkedSteps.has(step)) && !copies.has(file)) {
      if (step !== undefined) checkedSteps.add(step);
      for (const violation of await axeViolations(page)) failures.push(`${file}: ${violation}`);
    }
    if (darkSample.has(file)) {
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const violation of await axeViolations(page)) failures.push(`${file}, dark: ${violation}`);
      await page.emulateMedia({ colorScheme: 'light' });
    }
    for (const error of errors) failures.push(`${file}: ${error}`);
  }
  return { failures, steps: [...checkedSteps].sort() };
}

test.describe('accessibility of every page', () => {
  // One page at a time per test, not several side by side: the run already keeps both cores busy.
  // A language the chooser at / does not offer, so / stays put and is checked too.
  test.use({ locale: 'de-DE' });
  test.describe.configure({ timeout: 300_000 });

  for (const [name, files] of groups) {
    test(`${name}: no axe violation in the light scheme, nor in the dark one on one page of each kind`, async ({
      page,
      errors,
    }) => {
      expect(files.length).toBeGreaterThan(0);
      const { failures, steps } = await audit(page, errors, files);
      expect(failures).toEqual([]);
      // A locale's troubleshooting steps were told apart: axe met a question and an outcome.
      if (name !== 'the site root') expect(steps).toEqual(['outcome', 'question']);
    });
  }
});
