/**
 * Addresses inside the site. Every internal URL is built here so the site also works under a
 * sub-path (`base` in astro.config.mjs, e.g. `/docs/`).
 */
import { locales, type Locale } from './locales.ts';

/** The configured base, always ending in `/`. */
export const basePath: string = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** A site path without locale (`guide/activate/`, `` for home) for one locale: `/<base>/<locale>/<path>`. */
export function localeUrl(locale: Locale, path = ''): string {
  const rest = path.replace(/^\/+/, '');
  return `${basePath}${locale.path}/${rest}`;
}

/** A path under the site's base that belongs to no locale (`` for the language chooser). */
export function siteUrl(path = ''): string {
  return `${basePath}${path.replace(/^\/+/, '')}`;
}

/** The same page in every locale, for the language picker and `hreflang` links. */
export function alternatesOf(path: string): { locale: Locale; href: string }[] {
  return locales.map((locale) => ({ locale, href: localeUrl(locale, path) }));
}

/** Absolute URL for canonical and hreflang links. */
export function absoluteUrl(site: URL | undefined, href: string): string {
  return site ? new URL(href, site).href : href;
}
