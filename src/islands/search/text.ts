/**
 * The translated strings the build placed in the page, and filling in their `{placeholders}`. The
 * reader's query is untrusted text inside a localized sentence: it goes in a `<bdi>` so a
 * right-to-left override cannot reverse the sentence, with invisible and control characters shown
 * as visible escapes, and shortened so a pasted log does not become the sentence.
 */
import type { SearchConfig } from '../../search/types.ts';

/** The configuration in `<script type="application/json" id="search-config">`, or null. */
export function readConfig(): SearchConfig | null {
  const element = document.getElementById('search-config');
  return element?.textContent ? (JSON.parse(element.textContent) as SearchConfig) : null;
}

/** How many characters of a query are quoted back to the reader. */
const quotedLength = 80;

/** Control, format (bidi overrides, zero-width), private-use and line/paragraph separator characters. */
const invisible = /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}]/gu;

/** The query as it is quoted back: whitespace collapsed, invisible characters as `[U+202E]`, shortened. */
export function visibleQuery(query: string): string {
  const collapsed = query.replace(/[\t\n\r\f\v ]+/g, ' ').trim();
  const short = [...collapsed].length > quotedLength ? `${[...collapsed].slice(0, quotedLength).join('').trimEnd()}…` : collapsed;
  return short.replace(invisible, (character) => `[U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** `{name}` placeholders replaced by plain values (the result is used as text, never as HTML). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A sentence with `{query}` as an isolated, visible quote and the other placeholders filled. */
export function sentence(template: string, query: string, values: Record<string, string | number> = {}): (string | Node)[] {
  return fill(template, values)
    .split(/(\{query\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part !== '{query}') return part;
      const quote = document.createElement('bdi');
      quote.textContent = visibleQuery(query);
      return quote;
    });
}

/** "3 results for “x”" in the locale's plural form for the count. */
export function resultsSentence(config: SearchConfig, count: number, query: string): (string | Node)[] {
  const category = new Intl.PluralRules(config.lang).select(count);
  const template = config.text.results[category] ?? config.text.results.other ?? '';
  return sentence(template, query, { count: new Intl.NumberFormat(config.lang).format(count) });
}
