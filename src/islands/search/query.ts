/**
 * Bounds the work of one search, whatever the reader pastes: each query word costs Pagefind a
 * search of its own (see `candidates` in engine.ts), so a pasted log of thousands of words would
 * freeze the page. A paste that holds a portal message, in English or as a localized portal words
 * it (another gender, "Id.", "não tem autorização"), searches for that message; otherwise only the
 * few words most likely to discriminate are kept, words the index knows first. Pure string
 * functions, no DOM.
 */
import { meaningfulTerms, wordsOf } from './match.ts';

/** At most this many words reach Pagefind. */
export const maxTerms = 8;
/** Where a paste's discriminating words are looked for: the start of a long log. */
export const maxQueryLength = 4000;
/** Where a portal message is looked for: the whole of a pasted log up to this length. */
export const maxPasteLength = 25 * 1024;

/** Localized and alternative wordings of each portal message, keyed by its English text. */
export type MessageVariants = Readonly<Record<string, readonly string[]>>;

/**
 * A wording's words without grammatical gender and number, so "Esta ID … associada" and "Este ID
 * … associado" compare equal: a word of four letters or more loses a final a/o/as/os/e/es.
 */
function neutral(text: string): string {
  return wordsOf(text)
    .map((word) => (word.length >= 4 ? word.replace(/(?:as|os|es|a|o|e)$/, '') : word))
    .join(' ');
}

export interface BoundedQuery {
  /** The query as searched, for the field to show: a recognised portal message whole, or the words kept. */
  text: string;
  /** Its meaningful words, folded, at most `maxTerms`. */
  terms: string[];
}

/**
 * The first portal message the text contains, as its English text: compared folded,
 * whitespace-insensitively and without gender, in English or in any of its `variants`.
 */
export function recognisedMessage(text: string, messages: readonly string[], variants: MessageVariants = {}): string | undefined {
  const words = ` ${neutral(text)} `;
  // A few words typed from a message ("não tem autorização") name it too, if one of them is long.
  const typed = words.trim().split(' ');
  const fragment = typed.length >= 3 && typed.length <= 12 && typed.some((word) => word.length >= 6);
  // A message quoted in part (up to its first sentence) counts too: logs cut long lines.
  const quotes = (wording: string) => {
    const whole = neutral(wording);
    const first = neutral(wording.split(/[.!?]\s/)[0] ?? wording);
    return (
      words.includes(` ${whole} `) ||
      (first.split(' ').length >= 4 && words.includes(` ${first} `)) ||
      (fragment && ` ${whole} `.includes(words))
    );
  };
  return messages.find((message) => quotes(message) || (variants[message] ?? []).some(quotes));
}

/**
 * The words that discriminate, in the reader's order: words the index knows (`known`) before
 * tokens it has never seen (a long identifier finds nothing), then a word said once in a paste
 * before one repeated on every log line, then long words, rarer in the guide than short ones.
 */
export function rarestTerms(
  terms: readonly string[],
  text: string,
  count: number,
  known: ReadonlySet<string> = new Set(),
): string[] {
  if (terms.length <= count) return [...terms];
  const occurrences = new Map<string, number>();
  for (const word of wordsOf(text)) occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
  const kept = new Set(
    [...terms]
      .map((term, order) => ({ term, order, seen: occurrences.get(term) ?? 1 }))
      // Words with digits (timestamps, ids, counts) say nothing about which page helps.
      .filter(({ term }) => !/\d/.test(term))
      .sort(
        (a, b) =>
          Number(known.has(b.term)) - Number(known.has(a.term)) ||
          a.seen - b.seen ||
          b.term.length - a.term.length ||
          a.order - b.order,
      )
      .slice(0, count)
      .map(({ term }) => term),
  );
  return terms.filter((term) => kept.has(term));
}

/** The query searched for the reader's input. */
export function boundQuery(
  input: string,
  stopWords: ReadonlySet<string>,
  messages: readonly string[],
  variants: MessageVariants = {},
  known: ReadonlySet<string> = new Set(),
): BoundedQuery {
  const message = recognisedMessage(input.slice(0, maxPasteLength), messages, variants);
  const text = input.slice(0, maxQueryLength).trim();
  // A portal message is searched for by its first meaningful words.
  if (message) return { text: message, terms: meaningfulTerms(message, stopWords).slice(0, maxTerms) };
  const terms = meaningfulTerms(text, stopWords);
  if (terms.length <= maxTerms) return { text, terms };
  const rarest = rarestTerms(terms, text, maxTerms, known);
  return { text: rarest.join(' '), terms: rarest };
}
