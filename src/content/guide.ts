/** The guide's pages per locale, in reading order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';

export type GuideEntry = CollectionEntry<'guide'>;

/** `en/activate` → `activate`: the page's slug, the same in every locale. */
export function guideSlug(entry: GuideEntry): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

export function guidePath(slug: string): string {
  return `guide/${slug}/`;
}

/** The source file of a guide page, for error messages. */
export function guideSourceFile(entry: GuideEntry): string {
  return entry.filePath ?? `content/${entry.id}.mdx`;
}

export async function guidePages(locale: Locale): Promise<GuideEntry[]> {
  const entries = await getCollection('guide', (entry) => entry.id.startsWith(`${locale.path}/`));
  return entries.sort((a, b) => a.data.order - b.data.order);
}
