/**
 * Translation freshness. Each translated page records, in its `translates` frontmatter field, a
 * hash of the English page it was translated from; when the English page changes, the hash no
 * longer matches and the translation is stale. Pure functions over the guide's sources.
 */
import { createHash } from 'node:crypto';
import { frontmatterOf, pagesOf, type GuideSources } from './sources.ts';

export type Freshness = 'current' | 'stale' | 'untracked';

export interface PageFreshness {
  readonly locale: string;
  /** The page's name (its URL segment). */
  readonly page: string;
  /** The translation's path inside content/, e.g. `pt-br/support-benefits/activate.mdx`. */
  readonly file: string;
  readonly status: Freshness;
  /** What the translation records, and what the English page hashes to now. */
  readonly recorded: string | null;
  readonly current: string;
}

/** The version of an English page: the first 12 hex digits of the SHA-256 of its source. */
export function versionOf(englishSource: string): string {
  return createHash('sha256').update(englishSource.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/** The `translates` field of a translated page's frontmatter, or null. */
export function recordedVersion(translatedSource: string): string | null {
  const recorded = frontmatterOf(translatedSource)['translates'];
  return typeof recorded === 'string' ? recorded : null;
}

export function freshnessOf(englishSource: string, translatedSource: string): Freshness {
  const recorded = recordedVersion(translatedSource);
  if (recorded === null) return 'untracked';
  return recorded === versionOf(englishSource) ? 'current' : 'stale';
}

/** The status of every translated page of the guide, English being `sourceFolder`. */
export function translationStatus(sources: GuideSources, localeFolders: readonly string[], sourceFolder = 'en'): PageFreshness[] {
  const statuses: PageFreshness[] = [];
  for (const locale of localeFolders.filter((folder) => folder !== sourceFolder)) {
    const translations = new Map(pagesOf(sources, locale).map((page) => [page.file, page]));
    for (const english of pagesOf(sources, sourceFolder)) {
      const translation = translations.get(english.file);
      if (!translation) continue; // the content check reports missing pages
      statuses.push({
        locale,
        page: english.slug,
        file: `${locale}/${english.file}`,
        status: freshnessOf(english.text, translation.text),
        recorded: recordedVersion(translation.text),
        current: versionOf(english.text),
      });
    }
  }
  return statuses;
}

/** Writes (or replaces) the `translates` field so the translation counts as current again. */
export function stampTranslation(englishSource: string, translatedSource: string): string {
  const version = versionOf(englishSource);
  const normalized = translatedSource.replace(/\r\n/g, '\n');
  // Quoted: YAML would read a version such as `123456789012` or `1234567e8901` as a number.
  const field = `translates: '${version}'`;
  if ('translates' in frontmatterOf(normalized)) return normalized.replace(/^translates:.*$/m, field);
  return normalized.replace(/^---\n/, `---\n${field}\n`);
}
