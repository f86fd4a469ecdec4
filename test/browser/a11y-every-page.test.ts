/**
 * axe-core (WCAG 2.2 A and AA) on every built page, in light and dark colour schemes, with the
 * Content Security Policy in force: no violations and no script or CSP errors.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations, openPage, urlOf } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';

const toPath = (file: string) => file.replace(/index\.html$/, '');
const sitePages = builtPages().filter((file) => !file.startsWith('pagefind/'));
const groups: [string, string[]][] = [
  ...locales.map((locale) => [locale.tag, sitePages.filter((file) => file.startsWith(`${locale.path}/`))] as [string, string[]]),
  ['site root', sitePages.filter((file) => !locales.some((locale) => file.startsWith(`${locale.path}/`)))],
];

/** Runs `task` over `items` with at most `limit` at once. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

describe.each(groups)('every page of %s', (_name, files) => {
  it.each(['light', 'dark'] as const)('has no axe violation in the %s scheme', async (colorScheme) => {
    expect(files.length).toBeGreaterThan(0);
    const failures: string[] = [];
    await pool(files, 3, async (file) => {
      // A language the chooser at / does not offer, so / stays put and is checked too.
      const { page, errors, close } = await openPage({ colorScheme, locale: 'de-DE' });
      await page.goto(urlOf(toPath(file)));
      const violations = await axeViolations(page);
      for (const violation of violations) failures.push(`${file}: ${violation}`);
      for (const error of errors) failures.push(`${file}: ${error}`);
      await close();
    });
    expect(failures).toEqual([]);
  }, 300_000);
});
