/**
 * The "why" links of the calculator: for each cited guide section, its address (built with
 * localeUrl, so a base path works) and the heading the reader will land on, in the page's locale.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translator.ts';
import { guideSections } from '../../content/guide.ts';
import type { Citation } from '../../rules/citations.ts';

export interface WhyLink {
  readonly href: string;
  readonly text: string;
}

/** `entitlements#entitlement-table`: one key per cited section, shared by cells that cite it. */
export const citationKey = (citation: Citation): string => `${citation.section}#${citation.anchor}`;

/** A function from citation to link; fails the build naming the locale when a section is missing. */
export async function whyLinks(locale: Locale, t: Translate<'calculator'>): Promise<(citation: Citation) => WhyLink> {
  const headings = new Map<string, { heading: string; href: string }>();
  for (const page of await guideSections(locale)) {
    for (const section of page.sections) headings.set(`${page.slug}#${section.anchor}`, section);
  }
  return (citation) => {
    const key = citationKey(citation);
    const section = headings.get(key);
    if (section === undefined)
      throw new Error(
        `The calculator cites ${key}, but content/${locale.path}/${citation.section}.mdx has no heading {#${citation.anchor}}`,
      );
    return { href: section.href, text: t('result.why', { section: section.heading }) };
  };
}
