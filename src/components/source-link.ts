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
  for (const page of await guideSections(locale)) {
    for (const section of page.sections)
      links.set(`${page.slug}#${section.anchor}`, { href: section.href, page: page.title, heading: section.heading });
  }
  return (source, where) => {
    const link = links.get(sourceKey(source));
    if (link === undefined)
      throw new Error(`${where} cites guide/${source.section}/#${source.anchor}, which content/${locale.path}/ does not have`);
    return link;
  };
}
