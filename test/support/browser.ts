/**
 * What browser tests share: a connection to the run's Chromium, pages that record script errors
 * and CSP violations, and axe-core with the WCAG 2.2 A/AA rules.
 */
import { inject, afterAll } from 'vitest';
import axe from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from './chromium.ts';

export const siteUrl = (): string => inject('siteUrl');

let browser: Browser | undefined;

/** The worker's Chromium; the connection is closed after the test file. */
export async function getBrowser(): Promise<Browser> {
  if (!browser) {
    // This worker's own Chromium (VITEST_POOL_ID counts the workers from 1).
    const endpoints = inject('wsEndpoints');
    browser = await chromium.connect(endpoints[(Number(process.env['VITEST_POOL_ID'] ?? 1) - 1) % endpoints.length]!);
    afterAll(async () => {
      await browser?.close();
      browser = undefined;
    });
  }
  return browser;
}

export interface TrackedPage {
  page: Page;
  /** Uncaught exceptions and console errors, including CSP violations. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh page in its own context; `javaScriptEnabled: false` for the no-JS experience. */
export async function openPage(options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await (await getBrowser()).newContext({ javaScriptEnabled: true, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // An error page opened at its own address answers 404 (src/serving/policy.ts), and Chromium logs
    // that status for the document itself: expected, not an error of the page.
    const ownStatus = /status of 404/.test(message.text()) && /\/404(\/|\.html)(\?|$)/.test(message.location().url);
    if (!ownStatus) errors.push(`console: ${message.text()}`);
  });
  return { page, errors, close: () => context.close() };
}

/** The URL of a site path (`en/guide/overview/`). */
export function urlOf(path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl()).href;
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core violations on the page as it is now, as readable lines (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe-core runs in the page itself, injected once per document. (@axe-core/playwright injected it
  // twice per call and opened a blank page to merge frame results: three times slower, and the
  // site has no frames.) Only violations are read; skipping passes makes axe faster still.
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
  return violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.targets.slice(0, 3).join('; ')}`,
  );
}
