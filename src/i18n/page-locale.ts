import { requireLocale, type Locale } from './locales.ts';

/**
 * The locale of the page being rendered, from the route's `locale` param (pass `Astro.params`), so a
 * component need not take the locale as a prop. Throws for a page outside `src/pages/[locale]/`.
 */
export function pageLocale(params: Record<string, string | undefined>): Locale {
  return requireLocale(params['locale']);
}
