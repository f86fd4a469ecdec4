/** The translated strings the build placed in the page, and filling in their `{placeholders}`. */
import type { SearchConfig } from '../../search/types.ts';

/** The configuration in `<script type="application/json" id="search-config">`, or null. */
export function readConfig(): SearchConfig | null {
  const element = document.getElementById('search-config');
  return element?.textContent ? (JSON.parse(element.textContent) as SearchConfig) : null;
}

/** `{name}` placeholders replaced by plain values (the result is used as text, never as HTML). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "3 results for “x”" in the locale's plural form for the count. */
export function resultsText(config: SearchConfig, count: number, query: string): string {
  const category = new Intl.PluralRules(config.lang).select(count);
  const template = config.text.results[category] ?? config.text.results.other ?? '';
  return fill(template, { count: new Intl.NumberFormat(config.lang).format(count), query });
}
