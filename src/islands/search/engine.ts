/**
 * Runs a query against the locale's Pagefind index and keeps only good matches. Pagefind's script,
 * its WebAssembly and the index chunks are fetched on the first query, never before.
 */
import type { SearchConfig, SearchKind } from '../../search/types.ts';
import { compareMatches, isGoodCoverage, isTogether, matchOf, matchOfHits, wordsOf, type Match, type TermHit } from './match.ts';
import { boundQuery } from './query.ts';

/* The part of Pagefind's browser API we use (https://pagefind.app/docs/api/). */
interface PagefindLocation {
  balanced_score: number;
  location: number;
}
interface PagefindSubResult {
  title: string;
  url: string;
  /** HTML: the page's text with entities escaped and matches in <mark>. */
  excerpt: string;
  locations: number[];
  weighted_locations: PagefindLocation[];
  anchor?: { id: string };
}
interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string };
  filters: Record<string, string[] | undefined>;
  locations: number[];
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  /** Where the query's words stand on the page: indexes into its content split on whitespace. */
  words: number[];
  data(): Promise<PagefindData>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface Section {
  title: string;
  url: string;
  /** Pagefind's excerpt: HTML-escaped text with <mark> around the matches. */
  excerpt: string;
}

export interface Hit {
  title: string;
  url: string;
  kind: SearchKind | undefined;
  /** The page's matching sections, best first. */
  sections: Section[];
}

export interface Outcome {
  query: string;
  /** Good matches only, best first; empty when nothing answers the query well. */
  hits: Hit[];
}

export interface FindOptions {
  kind?: SearchKind | undefined;
  /** False once a newer query supersedes this one: the search stops at its next step. */
  isCurrent?: () => boolean;
  /** How many pages to return at most. */
  limit: number;
  /** How many sections per page. */
  sections: number;
  /**
   * The query counts as settled once `pause` ms passed since it was asked (`since`, a
   * `performance.now()` time): pages not loaded before are downloaded only from then on, and not
   * at all if a newer query took over by then.
   */
  settle?: { since: number; pause: number };
}

let loading: Promise<PagefindModule> | undefined;

/**
 * Pagefind starts loading its index and WebAssembly without awaiting that promise, so a file that
 * fails to load also surfaces as an unhandled rejection. The same failure reaches `search`, which
 * the state machine shows as "failed": the stray copy is not a second error.
 */
function quietPagefindRejections(event: PromiseRejectionEvent): void {
  if (event.reason instanceof Error && /pagefind/i.test(event.reason.message)) event.preventDefault();
}

/** Pagefind for this locale (it picks the index from `<html lang>`), loaded once. */
function pagefind(config: SearchConfig): Promise<PagefindModule> {
  if (!loading) addEventListener('unhandledrejection', quietPagefindRejections);
  loading ??= (async () => {
    // A plain variable, not a template literal: Vite wraps the latter in its module-preload helper,
    // which every page would then download although there is nothing to preload.
    const address = `${config.bundle}pagefind.js`;
    const module = (await import(/* @vite-ignore */ address)) as PagefindModule;
    // noWorker: the index is small, and the worker script would be one more download for the first search.
    await module.options({ baseUrl: config.base, excerptLength: 22, noWorker: true });
    return module;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The page's sections ranked: most query terms, close together, then Pagefind's weight (headings weigh more). */
function rankSections(data: PagefindData, terms: string[], count: number): Section[] {
  return data.sub_results
    .map((sub) => ({
      sub,
      match: matchOf(terms, data.content, sub.locations),
      weight: sum(sub.weighted_locations.map((location) => location.balanced_score)),
    }))
    .sort((a, b) => compareMatches(a.match, b.match) || b.weight - a.weight)
    .slice(0, count)
    .map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: sub.excerpt }));
}

/**
 * Pagefind's results for the query, best first. Pagefind wants every known word of the query on a
 * page, so a natural question with one word the guide never uses ("Azure *says* my Access ID…")
 * finds nothing; when the full query finds too little, the query without each word in turn fills up
 * the list. A page only those find lacks one of the reader's words, so it ranks below every page
 * holding all of them together: once `limit` such pages are found, they cannot change what is
 * shown, and are not asked. The coverage check afterwards still asks for most of the reader's words.
 * Pagefind is asked those words only, not the stop words between them nor the rest of a quoted
 * portal message: the check counts no others, and in a large index every word asked costs the
 * download of the index chunk that holds it.
 */
async function candidates(
  module: PagefindModule,
  terms: string[],
  matches: (id: string) => Match,
  options: FindOptions,
): Promise<PagefindResult[]> {
  const filters = options.kind ? { filters: { kind: options.kind } } : {};
  const wanted = options.limit * 3;
  const found = new Map<string, PagefindResult>();
  const add = (results: PagefindResult[] | undefined) => {
    for (const result of results ?? []) if (!found.has(result.id)) found.set(result.id, result);
  };
  add((await module.search(terms.join(' '), filters))?.results);
  const complete = (id: string) => {
    const match = matches(id);
    return match.covered === terms.length && isTogether(match);
  };
  if (terms.length >= 3 && [...found.keys()].filter(complete).length < options.limit)
    for (const skip of terms.keys()) {
      if (found.size >= wanted) break;
      stopIfSuperseded(options);
      add((await module.search(terms.filter((_, index) => index !== skip).join(' '), filters))?.results);
    }
  return [...found.values()].slice(0, wanted);
}

/** Thrown when a newer query took over; the caller drops it silently. */
export class Superseded extends Error {}

function stopIfSuperseded(options: FindOptions): void {
  if (options.isCurrent && !options.isCurrent()) throw new Superseded('superseded');
}

/**
 * Where each query term stands on each page, from the index alone: one Pagefind search per term
 * (at most `maxTerms`, over the index already in memory, so nothing is downloaded). Pagefind's
 * `words` are the term's locations on the page, stems and prefixes included.
 */
async function termHits(module: PagefindModule, terms: string[], options: FindOptions): Promise<Map<string, TermHit[]>> {
  const byPage = new Map<string, TermHit[]>();
  for (const [term, word] of terms.entries()) {
    stopIfSuperseded(options);
    for (const result of (await module.search(word))?.results ?? []) {
      const hits = byPage.get(result.id) ?? [];
      hits.push(...result.words.map((location) => ({ location, term })));
      byPage.set(result.id, hits);
    }
  }
  return byPage;
}

/** Pages whose fragment Pagefind has loaded in this page's life: showing them again costs nothing. */
const loaded = new Set<string>();

/**
 * When the index first answered. Loading it keeps the main thread busy, and keys typed meanwhile
 * reach the page late: a query asked before then has not been seen to rest until a pause after it.
 */
let answeringSince: number | undefined;

const until = (time: number) => new Promise((resolve) => setTimeout(resolve, time - performance.now()));

/**
 * Searches for the reader's input, bounded (query.ts); a page enters the outcome only when it holds
 * most of the query's meaningful words. Which pages those are, and their order, is decided from the
 * index alone; only the pages shown are then loaded (each is a fragment download), and only once
 * the query has settled (`settle`), so a query the next keystroke replaces downloads none.
 */
export async function find(config: SearchConfig, query: string, options: FindOptions): Promise<Outcome> {
  const { terms } = boundQuery(
    query,
    new Set(config.text.stopWords.flatMap(wordsOf)),
    config.portalMessages,
    config.messageVariants,
    new Set(config.vocabulary),
  );
  if (terms.length === 0) return { query, hits: [] };
  const module = await pagefind(config);
  const hits = await termHits(module, terms, options);
  const matchFor = (id: string) => matchOfHits(hits.get(id) ?? []);
  stopIfSuperseded(options);
  const results = await candidates(module, terms, matchFor, options);
  answeringSince ??= performance.now();
  const good = results
    .map((result, order) => ({ result, order, match: matchFor(result.id) }))
    .filter(({ match }) => isGoodCoverage(match.covered, terms.length));
  // Pages with more of the reader's words, standing together, first; Pagefind's order among equals.
  const shown = good.sort((a, b) => compareMatches(a.match, b.match) || a.order - b.order).slice(0, options.limit);
  if (shown.some(({ result }) => !loaded.has(result.id)) && options.settle) {
    await until(Math.max(options.settle.since, answeringSince) + options.settle.pause);
    stopIfSuperseded(options);
  }
  const pages = await Promise.all(
    shown.map(({ result }) =>
      result.data().then((data) => {
        loaded.add(result.id);
        return data;
      }),
    ),
  );
  return {
    query,
    hits: pages.map((data) => ({
      title: data.meta.title ?? data.url,
      url: data.url,
      kind: data.filters['kind']?.[0] as SearchKind | undefined,
      sections: rankSections(data, terms, options.sections),
    })),
  };
}
