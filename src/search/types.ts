/**
 * Shared by the build (search-config, the index integration) and the browser (src/islands/search/):
 * what the build hands to the search island (a JSON script element in the header), so the browser
 * needs no i18n library: every word is already translated, every address already built.
 */

/** The folder below the site's root where the build writes Pagefind's bundle. */
export const pagefindFolder = 'pagefind';

/** The kinds of indexed page, set by `data-pagefind-filter="kind:…"` on each indexed body. */
export const searchKinds = ['guide', 'troubleshooting', 'calculator'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchText {
  /** "{count} results for “{query}”", one form per plural category of the locale. */
  results: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** "No good match for “{query}”." */
  noMatch: string;
  /** Shown when Pagefind's files could not load, with the two links below. */
  failed: string;
  /** Link from the failed state to the search page (its list of every section works without Pagefind). */
  failedSearchPage: string;
  /** Link to the troubleshooting start, in the failed and the no-match states. */
  troubleshooting: string;
  /** What the no-match state explains before its link to troubleshooting. */
  noMatchText: string;
  /** "Searching…", shown when a search takes long enough to notice. */
  loading: string;
  /** "All results for “{query}”" (the header panel's way to the search page). */
  seeAll: string;
  kinds: Record<SearchKind, string>;
  /** Words too common to count as a match on their own ("the", "de", "para"). */
  stopWords: string[];
}

export interface SearchConfig {
  /** The locale's BCP-47 tag, for plural rules. */
  lang: string;
  /** Where Pagefind's bundle lives, ending in `/` (`/docs/pagefind/` under a base path). */
  bundle: string;
  /** The site's base path, ending in `/`; Pagefind's result URLs are relative to it. */
  base: string;
  /** The locale's search page, for "all results" links. */
  searchPage: string;
  /** The locale's troubleshooting start. */
  troubleshootingPage: string;
  /** Portal messages in English as the portals show them: a paste that holds one searches for it alone. */
  portalMessages: string[];
  /** Per English message, how a localized portal or a reader words it: each also finds the message. */
  messageVariants: Record<string, string[]>;
  /**
   * Words the index is known to hold (the portals' labels and messages, in English and in the
   * locale, folded): a long paste keeps these before tokens the guide never uses.
   */
  vocabulary: string[];
  /** English words a result may quote (portal messages and labels), marked `lang="en"` on other locales. */
  englishPhrases: string[];
  text: SearchText;
}
