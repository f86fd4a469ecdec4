/**
 * What browser tests share: a connection to the run's Chromium, pages that record script errors
 * and CSP violations, and axe-core with the WCAG 2.2 A/AA rules.
 */
import { inject, afterAll } from 'vitest';
import axe from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from './chromium.ts';

export const siteUrl = (): string => inject('siteUrl');

let browser: Browser | undefined;

/**
 * Contexts a finished test handed back, by their options. A new context costs Chromium about as much
 * CPU as loading three pages; a test gets a new page in a used one, cleaned first (`retire`).
 */
const idleContexts = new Map<string, BrowserContext[]>();

/** The worker's Chromium; the connection is closed after the test file. */
export async function getBrowser(): Promise<Browser> {
  if (!browser) {
    // This worker's own Chromium (VITEST_POOL_ID counts the workers from 1).
    const endpoints = inject('wsEndpoints');
    browser = await chromium.connect(endpoints[(Number(process.env['VITEST_POOL_ID'] ?? 1) - 1) % endpoints.length]!);
    afterAll(async () => {
      idleContexts.clear();
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

/**
 * A fresh page in a context of its own for the test's duration; `javaScriptEnabled: false` for the
 * no-JS experience. The page starts with no history, cookies, storage or cached responses.
 */
export async function openPage(options: PageOptions = {}): Promise<TrackedPage> {
  const key = JSON.stringify(options);
  const context = idleContexts.get(key)?.pop() ?? (await newContext(options));
  const page = await context.newPage();
  const origins = new Set<string>();
  page.on('framenavigated', (frame) => {
    const { origin } = new URL(frame.url());
    if (origin.startsWith('http')) origins.add(origin);
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // An error page opened at its own address answers 404 (src/serving/policy.ts), and Chromium logs
    // that status for the document itself: expected, not an error of the page.
    const ownStatus = /status of 404/.test(message.text()) && /\/404(\/|\.html)(\?|$)/.test(message.location().url);
    if (!ownStatus) errors.push(`console: ${message.text()}`);
  });
  return { page, errors, close: () => retire(context, key, page, origins) };
}

/**
 * What a test page needs: the context's options, and whether axe-core is to be in every document
 * from its start (for a test that audits many pages: sending axe-core's 580 KB into each page
 * again cost more than running it).
 */
export type PageOptions = BrowserContextOptions & { axe?: boolean };

/** The page each pooled context keeps open on the site, never handed to a test. */
const keepers = new WeakSet<Page>();

async function newContext({ axe: withAxe = false, ...options }: PageOptions): Promise<BrowserContext> {
  const context = await (await getBrowser()).newContext({ javaScriptEnabled: true, ...options });
  if (withAxe) await context.addInitScript(axe.source);
  // A page kept open on the site keeps the context's renderer process for the site alive between
  // tests; Chromium puts each test's page of the same site in it, with a JavaScript engine that has
  // already compiled the site's scripts and axe-core. In a new process, loading a page and running
  // axe-core cost up to twice the CPU. (--process-per-site, one process for all, was slower still
  // for tests that keep one page for hundreds of loads.)
  const keeper = await context.newPage();
  await keeper.goto(urlOf('robots.txt'));
  keepers.add(keeper);
  return context;
}

/**
 * Closes the test's page and returns its context to the pool with nothing left of the test: the
 * storage of every origin the page visited, the HTTP cache and the cookies. Routes, init scripts,
 * listeners and history belonged to the page, and went with it.
 */
async function retire(context: BrowserContext, key: string, page: Page, origins: Set<string>): Promise<void> {
  if (page.isClosed()) return void (await context.close());
  const session = await context.newCDPSession(page);
  for (const origin of origins) await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await session.send('Network.clearBrowserCache');
  await session.detach();
  await Promise.all([context.clearCookies(), context.clearPermissions()]);
  for (const open of context.pages()) if (!keepers.has(open)) await open.close();
  if (!idleContexts.has(key)) idleContexts.set(key, []);
  idleContexts.get(key)!.push(context);
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
