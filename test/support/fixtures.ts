/**
 * What browser tests share, as @playwright/test fixtures: the page's script and CSP errors, pages
 * with other context options, axe-core with the WCAG 2.2 A/AA rules, and the site's URLs.
 */
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import axe from 'axe-core';

/** The served site's root (playwright.config.ts serves dist/ there). */
export const siteUrl = `http://127.0.0.1:${process.env['SITE_PORT']}/`;
/** The URL of a site path (`en/guide/overview/`). */
export const urlOf = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;

/** Uncaught exceptions and console errors (CSP violations among them) of `page`, as they happen. */
export function track(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // An error page opened at its own address answers 404 (src/serving/policy.ts), and Chromium logs
    // that status for the document itself: expected, not an error of the page.
    const ownStatus = /status of 404/.test(message.text()) && /\/404(\/|\.html)(\?|$)/.test(message.location().url);
    if (!ownStatus) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core violations on the page as it is now, as readable lines (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Injected once per document and asked for violations only (@axe-core/playwright injects it on
  // every call and merges frames through a blank page; the site has no frames).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(' ')),
    }));
  }, wcagTags);
  return violations.map(({ id, impact, help, targets }) => `${id} (${impact}): ${help} — ${targets.slice(0, 3).join('; ')}`);
}

export const test = base.extend<{
  errors: string[];
  /** A page in a context of its own with `options`, for a test that needs several; closed after the test. */
  newPage: (options?: BrowserContextOptions) => Promise<{ page: Page; errors: string[] }>;
}>({
  errors: async ({ page }, use) => use(track(page)),
  newPage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      contexts.push(await browser.newContext(options));
      const page = await contexts.at(-1)!.newPage();
      return { page, errors: track(page) };
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
