/**
 * axe-core (WCAG 2.2 A and AA) on every built page with the Content Security Policy in force: no
 * violations and no script or CSP errors. Light scheme everywhere; the dark scheme, whose only
 * difference is colour, on one page of each kind in each locale.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations, openPage, urlOf } from '../support/browser.ts';
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
async function audit(files: string[], colorScheme: 'light' | 'dark'): Promise<string[]> {
  // One page, not several side by side: the suite already keeps both cores busy, and pages loaded in
  // parallel only added Chromium's own contention (a third more CPU per page).
  // A language the chooser at / does not offer, so / stays put and is checked too.
  const { page, errors, close } = await openPage({ colorScheme, locale: 'de-DE', axe: true });
  const failures: string[] = [];
  for (const file of files) {
    errors.length = 0;
    await page.goto(urlOf(toPath(file)));
    for (const violation of await axeViolations(page)) failures.push(`${file}: ${violation}`);
    for (const error of errors) failures.push(`${file}: ${error}`);
  }
  await close();
  return failures;
}

describe('accessibility of every page', () => {
  it.each(groups)(
    '%s: no axe violation in the light scheme',
    async (_name, files) => {
      expect(files.length).toBeGreaterThan(0);
      expect(await audit(files, 'light')).toEqual([]);
    },
    300_000,
  );

  it('one page of each kind: no axe violation in the dark scheme', async () => {
    expect(darkSample.length).toBeGreaterThan(6);
    expect(await audit(darkSample, 'dark')).toEqual([]);
  }, 300_000);
});
