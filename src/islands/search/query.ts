/**
 * Bounds the work of one search, whatever the reader pastes: each query word costs Pagefind a
 * search of its own (see `candidates` in engine.ts), so a pasted log of thousands of words would
 * freeze the page. A paste that holds a portal message searches for that message; otherwise only
 * the few words most likely to discriminate are kept. Pure string functions, no DOM.
 */
import { meaningfulTerms, wordsOf } from './match.ts';

/** At most this many words reach Pagefind. */
export const maxTerms = 8;
/** Only the start of a very long paste is read; an error message comes first in a log line. */
export const maxQueryLength = 4000;

export interface BoundedQuery {
  /** What Pagefind is asked. */
  text: string;
  /** Its meaningful words, folded, at most `maxTerms`. */
  terms: string[];
}

/** The first portal message the text contains (compared folded, whitespace-insensitively). */
export function recognisedMessage(text: string, messages: readonly string[]): string | undefined {
  const words = ` ${wordsOf(text).join(' ')} `;
  // A message quoted in part (up to its first sentence) counts too: logs cut long lines.
  return messages.find((message) => {
    const whole = wordsOf(message).join(' ');
    const first = wordsOf(message.split(/[.!?]\s/)[0] ?? message).join(' ');
    return words.includes(` ${whole} `) || (first.split(' ').length >= 4 && words.includes(` ${first} `));
  });
}

/**
 * The words that discriminate, in the reader's order: long words are rarer in the guide than short
 * ones, and a word said once in a paste is more telling than one repeated on every log line.
 */
export function rarestTerms(terms: readonly string[], text: string, count: number): string[] {
  if (terms.length <= count) return [...terms];
  const occurrences = new Map<string, number>();
  for (const word of wordsOf(text)) occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
  const kept = new Set(
    [...terms]
      .map((term, order) => ({ term, order, seen: occurrences.get(term) ?? 1 }))
      // Words with digits (timestamps, ids, counts) say nothing about which page helps.
      .filter(({ term }) => !/\d/.test(term))
      .sort((a, b) => a.seen - b.seen || b.term.length - a.term.length || a.order - b.order)
      .slice(0, count)
      .map(({ term }) => term),
  );
  return terms.filter((term) => kept.has(term));
}

/** The query Pagefind is asked for the reader's input. */
export function boundQuery(input: string, stopWords: ReadonlySet<string>, messages: readonly string[]): BoundedQuery {
  const text = input.slice(0, maxQueryLength).trim();
  const message = recognisedMessage(text, messages);
  // A portal message is asked whole (Pagefind ranks its exact words), its first words counting most.
  if (message) return { text: message, terms: meaningfulTerms(message, stopWords).slice(0, maxTerms) };
  const terms = meaningfulTerms(text, stopWords);
  if (terms.length <= maxTerms) return { text, terms };
  const rarest = rarestTerms(terms, text, maxTerms);
  return { text: rarest.join(' '), terms: rarest };
}
