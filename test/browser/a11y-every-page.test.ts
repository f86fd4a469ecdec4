/**
 * axe-core (WCAG 2.2 A and AA) on every built page with the Content Security Policy in force: no
 * violations and no script or CSP errors. Light scheme everywhere; the dark scheme, whose only
 * difference is colour, on one page of each kind in each locale.
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';
import { builtPages } from '../support/dist.ts';

const toPath = (file: string) => file.replace(/index\.html$/, '');
const sitePages = builtPages().filter((file) => !file.startsWith('pagefind/'));
const groups: [string, string[]][] = [
  ...locales.map((locale) => [locale.tag, sitePages.filter((file) => file.startsWith(`${locale.path}/`))] as [string, string[]]),
  ['the site root', sitePages.filter((file) => !locales.some((locale) => file.startsWith(`${locale.path}/`)))],
];

/** The first page of each kind in each locale (home, guide, calculator, troubleshooting, search, 404). */
const darkSample = [...new Map(sitePages.map((file) => [file.split('/').slice(0, 2).join('/'), file])).values()];

/** Checks `files` one after another in one page; returns every violation and error. */
async function audit(page: Page, errors: string[], files: string[]): Promise<string[]> {
  // axe-core in every document from its start, instead of sent into each page after it loads.
  await page.addInitScript(axe.source);
  const failures: string[] = [];
  for (const file of files) {
    errors.length = 0;
    await page.goto(urlOf(toPath(file)));
    for (const violation of await axeViolations(page)) failures.push(`${file}: ${violation}`);
    for (const error of errors) failures.push(`${file}: ${error}`);
  }
  return failures;
}

test.describe('accessibility of every page', () => {
  // One page at a time per test, not several side by side: the run already keeps both cores busy.
  // A language the chooser at / does not offer, so / stays put and is checked too.
  test.use({ locale: 'de-DE' });
  test.describe.configure({ timeout: 300_000 });

  for (const [name, files] of groups) {
    test(`${name}: no axe violation in the light scheme`, async ({ page, errors }) => {
      expect(files.length).toBeGreaterThan(0);
      expect(await audit(page, errors, files)).toEqual([]);
    });
  }

  test.describe('dark', () => {
    test.use({ colorScheme: 'dark' });
    test('one page of each kind: no axe violation in the dark scheme', async ({ page, errors }) => {
      expect(darkSample.length).toBeGreaterThan(6);
      expect(await audit(page, errors, darkSample)).toEqual([]);
    });
  });
});
