/**
 * How well a page answers a query, beyond Pagefind's score: Pagefind ranks a page that matches one
 * word of five, which is how a list of loosely related pages appears. A page is a good match only
 * when it contains most of the query's meaningful words. Pure string functions, no DOM.
 */

/** Lower case without accents, so "Solução" and "solucao" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded. */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The query's words that carry meaning: not a stop word of the locale, not a single letter. */
export function meaningfulTerms(query: string, stopWords: ReadonlySet<string>): string[] {
  return [...new Set(wordsOf(query))].filter((word) => word.length > 1 && !stopWords.has(word));
}

/**
 * Whether a word Pagefind matched stands for a query term: the same word, a prefix while the reader
 * is still typing, or another form of it (associado/associated, restam/restantes).
 */
export function sameWord(term: string, word: string): boolean {
  if (word.startsWith(term)) return true;
  if (word.length >= 3 && term.startsWith(word)) return true;
  let common = 0;
  while (common < term.length && common < word.length && term[common] === word[common]) common++;
  return common >= Math.min(5, term.length);
}

/** Good enough to show: one or two terms must all be found, longer queries most (60 %) of them. */
export function isGoodCoverage(covered: number, terms: number): boolean {
  return terms > 0 && covered >= Math.ceil(terms * 0.6);
}

export interface Match {
  /** How many of the query's terms the text contains. */
  covered: number;
  /** The fewest consecutive words that hold all of those terms: small when they stand together. */
  span: number;
}

/** One place in a page's text where a query term was found: the word's index, the term's index. */
export interface TermHit {
  location: number;
  term: number;
}

/**
 * Which query terms Pagefind's match locations stand for, and how close together they are.
 * `locations` index into `content` split on whitespace (https://pagefind.app/docs/sub-results/).
 */
export function matchOf(terms: readonly string[], content: string, locations: readonly number[]): Match {
  const words = content.split(/\s+/);
  return matchOfHits(
    locations
      .map((location) => {
        const forms = wordsOf(words[location] ?? '');
        return { location, term: terms.findIndex((term) => forms.some((word) => sameWord(term, word))) };
      })
      .filter((hit) => hit.term !== -1),
  );
}

/** How many distinct terms the hits hold, and the fewest consecutive words that hold them all. */
export function matchOfHits(unsorted: readonly TermHit[]): Match {
  const hits = [...unsorted].sort((a, b) => a.location - b.location);
  const covered = new Set(hits.map((hit) => hit.term)).size;
  // Smallest window of hits holding every covered term (two pointers over the sorted hits).
  let span = Number.POSITIVE_INFINITY;
  const inWindow = new Map<number, number>();
  let start = 0;
  for (const hit of hits) {
    inWindow.set(hit.term, (inWindow.get(hit.term) ?? 0) + 1);
    while (inWindow.size === covered) {
      const first = hits[start]!;
      span = Math.min(span, hit.location - first.location + 1);
      const left = inWindow.get(first.term)! - 1;
      if (left === 0) inWindow.delete(first.term);
      else inWindow.set(first.term, left);
      start++;
    }
  }
  return { covered, span };
}

/** Whether the matched terms stand close together, as in a phrase or a heading, not scattered. */
export function isTogether(match: Match): boolean {
  return match.span <= match.covered * 3;
}

/** Orders matches: more of the reader's words first, then words close together. */
export function compareMatches(a: Match, b: Match): number {
  return b.covered - a.covered || Number(isTogether(b)) - Number(isTogether(a));
}
