/** The guide's pages per locale, in reading order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { freshnessOf, type Freshness } from './freshness.ts';

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

/** Whether a translated guide page still matches its English page (always current for English). */
export function freshnessOfEntry(entry: GuideEntry): Freshness {
  const slug = guideSlug(entry);
  const folder = entry.id.slice(0, entry.id.indexOf('/'));
  if (folder === defaultLocale.path) return 'current';
  const read = (path: string) => readFileSync(join(process.cwd(), 'content', path), 'utf8');
  return freshnessOf(read(`${defaultLocale.path}/${slug}.mdx`), read(`${folder}/${slug}.mdx`));
}
