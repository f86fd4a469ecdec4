/**
 * The guide per locale, in reading order: groups (from `content/<locale>/<group>/_group.yaml`) and
 * their pages (`content/<locale>/<group>/<page>.mdx`). English is the source of the structure: a
 * page that a locale has not translated yet is published in that locale from the English entry,
 * marked `fallback`, so every locale always has every page at `/<locale>/guide/<page>/`.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeByPath, type Locale, type LocalePath } from '../i18n/locales.ts';
import { localeUrl } from '../i18n/urls.ts';
import { freshnessOf, type Freshness } from './freshness.ts';
import { readGuideSources, type GuideSources } from './sources.ts';

export type GuideEntry = CollectionEntry<'guide'>;

export interface GuidePage {
  /** The page's file name without `.mdx`: its URL segment, unique across groups. */
  readonly slug: string;
  readonly group: string;
  /** The locale's own entry, or the English one when the locale lacks this page. */
  readonly entry: GuideEntry;
  /** True when the page is shown in English because the locale has no translation yet. */
  readonly fallback: boolean;
  /** The language the page's words are in. */
  readonly lang: Locale;
  readonly title: string;
  readonly href: string;
}

export interface GuideGroup {
  readonly id: string;
  readonly label: string;
  /** The id of the group's section on the guide index (`/<locale>/guide/`). */
  readonly anchor: string;
  /** The group's section on the guide index, where its pages are listed. */
  readonly href: string;
  /** The language of the label (English when the locale has no `_group.yaml` for it yet). */
  readonly lang: Locale;
  readonly pages: readonly GuidePage[];
}

/** `content/en/support-benefits/activate.mdx` → locale folder, group and slug. */
function placeOf(entry: { filePath?: string | undefined; id: string }): { locale: string; group: string; name: string } {
  const [locale = '', group = '', file = ''] = (entry.filePath ?? entry.id).split('/').slice(-3);
  return { locale, group, name: file.replace(/\.(mdx|yaml)$/, '') };
}

/** Where a page's title comes from, for errors in its inline markup (`content/<locale>/<group>/<page>.mdx: title`). */
export function titleSource(page: Pick<GuidePage, 'lang' | 'group' | 'slug'>): string {
  return `content/${page.lang.path}/${page.group}/${page.slug}.mdx: title`;
}

export function guidePath(slug: string): string {
  return `guide/${slug}/`;
}

type Entries = Map<string, { pages: Map<string, GuideEntry>; groups: Map<string, CollectionEntry<'guideGroups'>> }>;

let entriesByLocale: Promise<Entries> | undefined;

/** Every page and group file, by locale folder; read once per build. */
function allEntries(): Promise<Entries> {
  entriesByLocale ??= Promise.all([getCollection('guide'), getCollection('guideGroups')]).then(([pages, groups]) => {
    const byLocale: Entries = new Map();
    const folder = (locale: string) => {
      let entry = byLocale.get(locale);
      if (!entry) byLocale.set(locale, (entry = { pages: new Map(), groups: new Map() }));
      return entry;
    };
    for (const page of pages) folder(placeOf(page).locale).pages.set(placeOf(page).name, page);
    for (const group of groups) folder(placeOf(group).locale).groups.set(placeOf(group).group, group);
    return byLocale;
  });
  return entriesByLocale;
}

const outlines = new Map<LocalePath, Promise<GuideGroup[]>>();

/** The guide of a locale: groups in order, each with its pages in order (English decides both). */
export function guideOutline(locale: Locale): Promise<GuideGroup[]> {
  let outline = outlines.get(locale.path);
  if (!outline) {
    outline = allEntries().then((entries) => {
      const english = entries.get(defaultLocale.path);
      const own = entries.get(locale.path);
      if (!english) return [];
      const groups = [...english.groups.values()].sort((a, b) => a.data.order - b.data.order);
      return groups.map((group) => {
        const id = placeOf(group).group;
        const ownGroup = own?.groups.get(id);
        const pages = [...english.pages.values()]
          .filter((page) => placeOf(page).group === id)
          .sort((a, b) => a.data.order - b.data.order)
          .map((englishEntry): GuidePage => {
            const slug = placeOf(englishEntry).name;
            const ownEntry = own?.pages.get(slug);
            const entry = ownEntry ?? englishEntry;
            return {
              slug,
              group: id,
              entry,
              fallback: !ownEntry,
              lang: ownEntry ? locale : defaultLocale,
              title: entry.data.title,
              href: localeUrl(locale, guidePath(slug)),
            };
          });
        const anchor = `group-${id}`;
        return {
          id,
          label: (ownGroup ?? group).data.label,
          anchor,
          href: `${localeUrl(locale, 'guide/')}#${anchor}`,
          lang: ownGroup ? locale : defaultLocale,
          pages,
        };
      });
    });
    outlines.set(locale.path, outline);
  }
  return outline;
}

/** Every guide page of a locale in reading order (groups in order, pages in order within each). */
export async function guidePages(locale: Locale): Promise<GuidePage[]> {
  return (await guideOutline(locale)).flatMap((group) => group.pages);
}

const freshness = new Map<string, Freshness>();
let sources: GuideSources | undefined;

/** Whether a page of a locale is current, stale against its English page, or missing (shown in English). */
export function freshnessOfPage(page: GuidePage): Freshness | 'missing' {
  if (page.fallback) return 'missing';
  const folder = placeOf(page.entry).locale;
  if (localeByPath(folder) === defaultLocale) return 'current';
  const key = `${folder}/${page.group}/${page.slug}`;
  let status = freshness.get(key);
  if (status === undefined) {
    // Paths from the project root Astro was given, never from the process's working directory.
    sources ??= readGuideSources(fileURLToPath(new URL('content/', root)));
    const read = (locale: string) =>
      sources!.pages.find((source) => source.path === `content/${locale}/${page.group}/${page.slug}.mdx`)?.text ?? '';
    status = freshnessOf(read(defaultLocale.path), read(folder));
    freshness.set(key, status);
  }
  return status;
}

/** A guide page's headings with their addresses; `depth` 2 are the `##` sections. */
export interface GuideSection {
  readonly anchor: string;
  readonly heading: string;
  readonly href: string;
  readonly depth: number;
}

const sectionsByPage = new Map<string, Promise<GuideSection[]>>();

/** The headings of one page of a locale, read once (for "why" links that point into the guide). */
export function sectionsOf(page: GuidePage): Promise<GuideSection[]> {
  let sections = sectionsByPage.get(page.href);
  if (!sections) {
    sections = render(page.entry).then(({ headings }) =>
      headings.map((heading) => ({
        anchor: heading.slug,
        heading: heading.text,
        href: `${page.href}#${heading.slug}`,
        depth: heading.depth,
      })),
    );
    sectionsByPage.set(page.href, sections);
  }
  return sections;
}

/** One section of one guide page, or null when the page or its `{#anchor}` does not exist. */
export async function findGuideSection(
  locale: Locale,
  slug: string,
  anchor: string,
): Promise<{ page: GuidePage; heading: string; href: string } | null> {
  const page = (await guidePages(locale)).find((candidate) => candidate.slug === slug);
  if (!page) return null;
  const section = (await sectionsOf(page)).find((candidate) => candidate.anchor === anchor);
  return section ? { page, heading: section.heading, href: section.href } : null;
}

/** A guide page with the address and words of each of its headings. */
export interface GuidePageSections {
  readonly slug: string;
  readonly title: string;
  readonly href: string;
  readonly sections: readonly GuideSection[];
}

/** Every guide page of a locale with its headings, in reading order (the calculator's "why" links). */
export async function guideSections(locale: Locale): Promise<GuidePageSections[]> {
  return Promise.all(
    (await guidePages(locale)).map(async (page) => ({
      slug: page.slug,
      title: page.title,
      href: page.href,
      sections: await sectionsOf(page),
    })),
  );
}
