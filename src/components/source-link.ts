/**
 * The one way a rule's `Source` becomes a "why" link: the address of its guide section in the page's
 * locale (the guide's own heading addresses, so a base path works) and the words of the page title
 * and heading the reader lands on. A section the locale's guide lacks stops the build, naming the
 * citation and the folder.
 */
import { guideSections } from '../content/guide.ts';
import type { Locale } from '../i18n/locales.ts';
import { sourceKey, type Source } from '../rules/program.ts';

export interface SourceLink {
  readonly href: string;
  /** The title of the guide page. */
  readonly page: string;
  /** The words of the section's heading. */
  readonly heading: string;
}

/** Turns a source into its link; `where` names the citation (a rule, a step, a node) in the error. */
export type SourceLinks = (source: Source, where: string) => SourceLink;

/** The link function for a locale, reading its guide's headings once. */
export async function sourceLinks(locale: Locale): Promise<SourceLinks> {
  const links = new Map<string, SourceLink>();
  const pages = new Set<string>();
  for (const page of await guideSections(locale)) {
    pages.add(page.slug);
    for (const section of page.sections)
      links.set(`${page.slug}#${section.anchor}`, { href: section.href, page: page.title, heading: section.heading });
  }
  return (source, where) => {
    const link = links.get(sourceKey(source));
    if (link !== undefined) return link;
    const cited = `${where} cites guide/${source.section}/#${source.anchor}`;
    const fix = 'or change the citation (its `source` in src/rules/)';
    throw new Error(
      pages.has(source.section)
        ? `${cited}, but that page in content/${locale.path}/ has no heading {#${source.anchor}}: give the heading that id, ${fix}`
        : `${cited}, but content/${locale.path}/ has no guide page "${source.section}": add it, ${fix}`,
    );
  };
}
