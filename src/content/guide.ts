/** The guide's pages per locale, in reading order. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, type Locale, type LocalePath } from '../i18n/locales.ts';
import { localeUrl } from '../i18n/urls.ts';
import { freshnessOf, type Freshness } from './freshness.ts';

export type GuideEntry = CollectionEntry<'guide'>;

/** `en/activate` → `activate`: the page's slug, the same in every locale. */
export function guideSlug(entry: GuideEntry): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

export function guidePath(slug: string): string {
  return `guide/${slug}/`;
}

export async function guidePages(locale: Locale): Promise<GuideEntry[]> {
  const entries = await getCollection('guide', (entry) => entry.id.startsWith(`${locale.path}/`));
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** Whether a translated guide page still matches its English page (always current for English). */
export function freshnessOfEntry(entry: GuideEntry): Freshness {
  const slug = guideSlug(entry);
  const folder = entry.id.slice(0, entry.id.indexOf('/'));
  if (folder === defaultLocale.path) return 'current';
  const read = (path: string) => readFileSync(join(process.cwd(), 'content', path), 'utf8');
  return freshnessOf(read(`${defaultLocale.path}/${slug}.mdx`), read(`${folder}/${slug}.mdx`));
}

/** A guide page with the address and words of each of its headings. */
export interface GuidePageSections {
  readonly slug: string;
  readonly title: string;
  readonly href: string;
  /** Every heading with an anchor; `depth` 2 are the `##` sections. */
  readonly sections: readonly {
    readonly anchor: string;
    readonly heading: string;
    readonly href: string;
    readonly depth: number;
  }[];
}

const sectionsByLocale = new Map<LocalePath, Promise<GuidePageSections[]>>();

/**
 * Every guide page of a locale with its sections, in reading order; rendered once per locale and
 * shared by the search page's list and the calculator's and troubleshooting's "why" links.
 */
export function guideSections(locale: Locale): Promise<GuidePageSections[]> {
  let pages = sectionsByLocale.get(locale.path);
  if (!pages) {
    pages = guidePages(locale).then((entries) =>
      Promise.all(
        entries.map(async (entry) => {
          const slug = guideSlug(entry);
          const href = localeUrl(locale, guidePath(slug));
          const { headings } = await render(entry);
          const sections = headings.map((heading) => ({
            anchor: heading.slug,
            heading: heading.text,
            href: `${href}#${heading.slug}`,
            depth: heading.depth,
          }));
          return { slug, title: entry.data.title, href, sections };
        }),
      ),
    );
    sectionsByLocale.set(locale.path, pages);
  }
  return pages;
}

/** One section of one guide page, or null when the page or its `{#anchor}` does not exist. */
export async function findGuideSection(
  locale: Locale,
  slug: string,
  anchor: string,
): Promise<{ page: GuidePageSections; heading: string; href: string } | null> {
  const page = (await guideSections(locale)).find((candidate) => candidate.slug === slug);
  const section = page?.sections.find((candidate) => candidate.anchor === anchor);
  return page && section ? { page, heading: section.heading, href: section.href } : null;
}
