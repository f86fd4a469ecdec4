import { requireLocale, type Locale } from './locales.ts';

/**
 * The locale of the page being rendered, from the route's `locale` param (pass `Astro.params`), so a
 * component need not take the locale as a prop. Throws for a page outside `src/pages/[locale]/`.
 *
 * The layouts are the one place that still take `locale` from their page: a guide page the locale
 * has not translated yet sets the param to English while its MDX renders (so labels and figures
 * match the English words), and the page's chrome around it must stay in the reader's locale.
 */
export function pageLocale(params: Record<string, string | undefined>): Locale {
  return requireLocale(params['locale']);
}
