/**
 * The one state machine behind the header panel and the search page: idle → loading → results, no
 * match or failed. Each query supersedes the one before (its results are never shown, its search
 * stops at its next step); "loading" appears only when a search takes `loadingDelay` beyond the
 * settling pause; the status line is filled only once the query has settled, so a screen reader
 * hears one sentence, not one per key.
 *
 * The view's container carries `data-state` and, once settled, `data-query` (and `data-kind`):
 * what the browser tests and the benchmark wait for.
 */
import { find, Superseded } from './engine.ts';
import { boundQuery } from './query.ts';
import { wordsOf } from './match.ts';
import { contentOf, statusOf, type SearchState, type Variant } from './render.ts';
import type { SearchConfig, SearchKind } from '../../search/types.ts';

/** A search slower than this, once the query has settled, shows "Searching…". */
export const loadingDelay = 300;
/** The status line speaks once no key was pressed for this long. */
export const settleDelay = 600;

/**
 * A query counts as settled once the reader stopped typing, and only then are the pages it shows
 * downloaded (one Pagefind fragment each, unless already loaded), so the words in between download
 * nothing the reader would only glimpse. Stopped means a pause twice the reader's gap between keys
 * of late (`settlingPause`), never shorter than `fragmentPause` nor longer than `longestFragmentPause`:
 * a fixed pause just above a quick typist's gap is outlasted by every slower typist's keys, and by
 * keys a busy page receives late. Results for pages not yet loaded follow the last key by this
 * pause plus their download, pages already loaded at once.
 */
export const fragmentPause = 90;
export const longestFragmentPause = 300;

/**
 * How long a query waits to count as settled, from the gaps between the reader's last keys: their
 * mean, so keys a busy page receives late and then all at once count at the pace they were typed.
 * A gap as long as the longest pause is a stop, not the pace: the first key after it (or a paste)
 * waits the shortest pause.
 */
export function settlingPause(gaps: readonly number[]): number {
  const pace = gaps.filter((gap) => gap < longestFragmentPause);
  const mean = pace.length > 0 ? pace.reduce((total, gap) => total + gap, 0) / pace.length : 0;
  return Math.min(longestFragmentPause, Math.max(fragmentPause, 2 * mean));
}

/** How many recent gaps between keys tell the reader's pace. */
const paceKeys = 4;

/** A paste longer than this is replaced by the words that discriminate. */
export const longPaste = 300;

/**
 * The words of a long text that the search will use, as the field should show them: a portal
 * message it quotes, or its rarest few words. Laying out a very long line in the field alone blocks
 * the page, and the reader sees what is actually searched.
 */
export function reducedQuery(config: SearchConfig, text: string): string {
  if (text.length <= longPaste) return text;
  const stopWords = new Set(config.text.stopWords.flatMap(wordsOf));
  return boundQuery(text, stopWords, config.portalMessages, config.messageVariants, new Set(config.vocabulary)).text;
}

/** Long pastes into `input` arrive reduced; `then` runs the search. */
export function reducePastes(config: SearchConfig, input: HTMLInputElement, then: () => void): void {
  input.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length <= longPaste) return;
    event.preventDefault();
    input.value = reducedQuery(config, text);
    then();
  });
}

export interface SearchView {
  container: HTMLElement;
  status: HTMLElement;
  variant: Variant;
  limit: number;
  sections: number;
  /** Called after each state is drawn (the panel opens or closes, the page shows its results). */
  shown(state: SearchState): void;
}

export interface SearchRun {
  query: string;
  kind?: SearchKind | undefined;
}

export function searchController(config: SearchConfig, view: SearchView): (run: SearchRun) => Promise<void> {
  let sequence = 0;
  let loadingTimer: ReturnType<typeof setTimeout> | undefined;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  let askedAt = 0;
  const gaps: number[] = [];

  function draw(state: SearchState, kind: SearchKind | undefined): void {
    view.container.replaceChildren(...contentOf(config, state, view.variant));
    view.container.dataset['state'] = state.name;
    const settled = state.name !== 'idle' && state.name !== 'loading';
    view.container.setAttribute('aria-busy', String(state.name === 'loading'));
    if (settled) {
      view.container.dataset['query'] = state.query;
      view.container.dataset['kind'] = kind ?? '';
      const words = statusOf(config, state);
      statusTimer = setTimeout(
        () => view.status.replaceChildren(...words),
        Math.max(0, askedAt + settleDelay - performance.now()),
      );
    }
    view.shown(state);
  }

  return async ({ query, kind }) => {
    const mine = ++sequence;
    const isCurrent = () => mine === sequence;
    const now = performance.now();
    if (askedAt) gaps.push(now - askedAt);
    if (gaps.length > paceKeys) gaps.shift();
    askedAt = now;
    clearTimeout(loadingTimer);
    clearTimeout(statusTimer);
    // What was shown no longer answers what is asked: not settled until this query is.
    delete view.container.dataset['query'];
    delete view.container.dataset['kind'];
    view.status.replaceChildren();
    if (!query) {
      draw({ name: 'idle' }, kind);
      return;
    }
    view.container.setAttribute('aria-busy', 'true');
    // Waiting for the reader to stop typing is not a slow search: "Searching…" counts from then.
    const pause = settlingPause(gaps);
    loadingTimer = setTimeout(() => isCurrent() && draw({ name: 'loading', query }, kind), pause + loadingDelay);
    let state: SearchState;
    try {
      const outcome = await find(config, query, {
        kind,
        limit: view.limit,
        sections: view.sections,
        isCurrent,
        settle: { since: askedAt, pause },
      });
      state = outcome.hits.length > 0 ? { name: 'results', query, hits: outcome.hits } : { name: 'no-match', query };
    } catch (error) {
      if (error instanceof Superseded) return;
      // Pagefind's script, WebAssembly, index or a fragment did not load: say so, with ways on.
      state = { name: 'failed', query };
    }
    if (!isCurrent()) return;
    clearTimeout(loadingTimer);
    draw(state, kind);
  };
}
