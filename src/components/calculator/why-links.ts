/**
 * The "why" links of the calculator: for each cited guide section, its address (built with
 * localeUrl, so a base path works) and the heading the reader will land on, in the page's locale.
 */
import { render } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { localeUrl } from '../../i18n/urls.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { guidePages, guidePath, guideSlug } from '../../content/guide.ts';
import type { Citation } from '../../rules/entitlements.ts';

export interface WhyLink {
  readonly href: string;
  readonly text: string;
}

/** `entitlements#entitlement-table`: one key per cited section, shared by cells that cite it. */
export const citationKey = (citation: Citation): string => `${citation.section}#${citation.anchor}`;

/** A function from citation to link; fails the build naming the locale when a section is missing. */
export async function whyLinks(locale: Locale): Promise<(citation: Citation) => WhyLink> {
  const headings = new Map<string, string>();
  for (const entry of await guidePages(locale)) {
    const { headings: found } = await render(entry);
    for (const heading of found) headings.set(`${guideSlug(entry)}#${heading.slug}`, heading.text);
  }
  const t = useTranslations(locale.tag, 'calculator');
  return (citation) => {
    const key = citationKey(citation);
    const heading = headings.get(key);
    if (heading === undefined)
      throw new Error(
        `The calculator cites ${key}, but content/${locale.path}/${citation.section}.mdx has no heading {#${citation.anchor}}`,
      );
    return {
      href: `${localeUrl(locale, guidePath(citation.section))}#${citation.anchor}`,
      text: t('result.why', { section: heading }),
    };
  };
}
