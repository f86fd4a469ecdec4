/**
 * The guide section an outcome's "why" link points to, with the words of its heading, read from the
 * locale's guide page. A missing page or anchor stops the build naming the node.
 */
import { render } from 'astro:content';
import { guidePages, guidePath, guideSlug } from '../../content/guide.ts';
import type { Locale } from '../../i18n/locales.ts';
import { localeUrl } from '../../i18n/urls.ts';
import type { TreeOutcome } from '../../rules/troubleshooting.ts';

export interface WhyLink {
  readonly href: string;
  readonly page: string;
  readonly heading: string;
}

const headingsCache = new Map<string, Promise<{ title: string; headings: Map<string, string> } | null>>();

async function sectionsOf(locale: Locale, slug: string) {
  const key = `${locale.path}/${slug}`;
  let cached = headingsCache.get(key);
  if (!cached) {
    cached = guidePages(locale).then(async (pages) => {
      const entry = pages.find((page) => guideSlug(page) === slug);
      if (!entry) return null;
      const { headings } = await render(entry);
      return { title: entry.data.title, headings: new Map(headings.map((heading) => [heading.slug, heading.text])) };
    });
    headingsCache.set(key, cached);
  }
  return cached;
}

export async function whyLink(locale: Locale, nodeId: string, why: TreeOutcome['why']): Promise<WhyLink> {
  const page = await sectionsOf(locale, why.section);
  const heading = page?.headings.get(why.anchor);
  if (!page || heading === undefined) {
    throw new Error(
      `troubleshooting tree: node "${nodeId}" explains itself with guide/${why.section}/#${why.anchor}, which content/${locale.path}/ does not have`,
    );
  }
  return { href: `${localeUrl(locale, guidePath(why.section))}#${why.anchor}`, page: page.title, heading };
}
