/**
 * The guide section an outcome's "why" link points to, with the words of its heading, read from the
 * locale's guide page. A missing page or anchor stops the build naming the node.
 */
import { findGuideSection } from '../../content/guide.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { TreeOutcome } from '../../rules/tree.ts';

export interface WhyLink {
  readonly href: string;
  readonly page: string;
  readonly heading: string;
}

export async function whyLink(locale: Locale, nodeId: string, why: TreeOutcome['why']): Promise<WhyLink> {
  const section = await findGuideSection(locale, why.section, why.anchor);
  if (!section) {
    throw new Error(
      `troubleshooting tree: node "${nodeId}" explains itself with guide/${why.section}/#${why.anchor}, which content/${locale.path}/ does not have`,
    );
  }
  return { href: section.href, page: section.page.title, heading: section.heading };
}
