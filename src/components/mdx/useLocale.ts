/** The locale of the page an MDX component is rendered on, from the route's `locale` param. */
import { requireLocale, type Locale } from '../../i18n/locales.ts';

export function localeOfParams(params: Record<string, string | undefined>): Locale {
  return requireLocale(params['locale']);
}
