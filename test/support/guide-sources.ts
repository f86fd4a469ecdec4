/** The guide's MDX sources as tests need them: page names and the file of a page in a locale. */
import { join } from 'node:path';
import { pagesOf, readGuideSources } from '../../src/content/sources.ts';
import { projectRoot } from './paths.ts';

/** The page names (URL segments) of a locale's guide, English by default. */
export function guideSlugsOf(locale = 'en'): string[] {
  return pagesOf(readGuideSources(join(projectRoot, 'content')), locale).map((page) => page.slug);
}

/** `content/<locale>/<group>/<slug>.mdx` relative to the project root; throws when the page does not exist. */
export function guideFileOf(locale: string, slug: string): string {
  const page = pagesOf(readGuideSources(join(projectRoot, 'content')), locale).find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`content/${locale}/ has no guide page "${slug}"`);
  return `content/${locale}/${page.file}`;
}
