/**
 * The one locale map: URL folder ↔ BCP-47 tag ↔ the language's own name. Content lives in
 * `content/<path>/`, UI strings in `locales/<tag>/`, pages at `/<path>/…`, `<html lang="<tag>">`.
 */
export const locales = [
  { path: 'en', tag: 'en', label: 'English', dateFormat: { dateStyle: 'long' } },
  { path: 'pt-br', tag: 'pt-BR', label: 'Português (Brasil)', dateFormat: { day: '2-digit', month: '2-digit', year: 'numeric' } },
  { path: 'es-es', tag: 'es-ES', label: 'Español (España)', dateFormat: { day: 'numeric', month: 'numeric', year: 'numeric' } },
] as const satisfies readonly {
  path: string;
  tag: string;
  label: string;
  dateFormat: Intl.DateTimeFormatOptions;
}[];

export type Locale = (typeof locales)[number];
export type LocalePath = Locale['path'];
export type LocaleTag = Locale['tag'];

/** English is the source language: its UI strings are the typed source, its pages the originals. */
export const defaultLocale: Locale = locales[0];

export const localePaths: readonly LocalePath[] = locales.map((locale) => locale.path);
export const localeTags: readonly LocaleTag[] = locales.map((locale) => locale.tag);

export function localeByPath(path: string | undefined): Locale | undefined {
  return locales.find((locale) => locale.path === path);
}

export function localeByTag(tag: string | undefined): Locale | undefined {
  return locales.find((locale) => locale.tag === tag);
}

/** The locale for a route parameter; throws (failing the build) for anything else. */
export function requireLocale(path: string | undefined): Locale {
  const locale = localeByPath(path);
  if (!locale) throw new Error(`Unknown locale folder "${path}"; expected one of ${localePaths.join(', ')}`);
  return locale;
}

/**
 * The best locale for a browser's preferred languages (navigator.languages), or null when none
 * fits: an exact tag first, then the same language ("pt" or "pt-PT" → pt-BR, "es-MX" → es-ES).
 */
export function pickLocale(preferred: readonly string[]): Locale | null {
  for (const wanted of preferred) {
    const lower = wanted.toLowerCase();
    const exact = locales.find((locale) => locale.tag.toLowerCase() === lower);
    if (exact) return exact;
    const language = lower.split('-')[0];
    const sameLanguage = locales.find((locale) => locale.tag.toLowerCase().split('-')[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  return null;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A date of the facts, written as the locale writes dates. */
export function formatDate(locale: Locale, isoDate: string): string {
  // Made once per locale: every page's footer formats a date, and a formatter is slow to create.
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale.tag, { ...locale.dateFormat, timeZone: 'UTC' })));
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
