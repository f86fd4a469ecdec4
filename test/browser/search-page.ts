/** What the search tests share: the pages a pasted portal message must find, and waiting for a settled search. */
import type { Page } from 'playwright-core';
import { portalMessages, type PortalMessageId } from '../../src/rules/portal-messages.ts';
import { nodeIds, troubleshootingTree } from '../../src/rules/troubleshooting.ts';

/** A query and the pages (below the locale folder) that answer it; one of them must be in the top three. */
export type Expectation = [query: string, answers: string[]];

/** Every portal message, pasted whole, must bring up a troubleshooting fix that explains it. */
export const pastedMessages: Expectation[] = (Object.keys(portalMessages) as PortalMessageId[]).map((id) => [
  portalMessages[id].text,
  nodeIds
    .filter((node) => {
      const entry = troubleshootingTree.nodes[node];
      return entry.kind === 'outcome' && entry.explains === id;
    })
    .map((node) => `troubleshooting/${node}/`),
]);

export const fixesFor = (message: string) => pastedMessages.find(([text]) => text === message)![1];

export const panelSelector = '[data-search-panel]';
export const resultsSelector = '[data-search-results-body]';

/**
 * Waits until `selector` shows the settled outcome for `query` (and, given one, the kind filter):
 * the island drops `data-query` when a new query starts, so an earlier outcome never counts.
 */
export async function settled(page: Page, selector: string, query: string, kind?: string): Promise<void> {
  await page.waitForFunction(
    ([where, expected, expectedKind]) => {
      const view = document.querySelector<HTMLElement>(where!);
      return view?.dataset['query'] === expected && (expectedKind === undefined || view.dataset['kind'] === expectedKind);
    },
    [selector, query, kind] as const,
  );
}

/** Waits until the search page shows the outcome for `query`; returns the result pages' paths. */
export async function pageResults(page: Page, query: string, kind?: string): Promise<string[]> {
  await settled(page, resultsSelector, query, kind);
  return page
    .locator('[data-search-results] .hit-heading a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
