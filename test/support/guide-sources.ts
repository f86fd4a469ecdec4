/** The guide's MDX sources as tests need them: page names and the file of a page in a locale. */
import { join } from 'node:path';
import { pagesOf, readGuideSources, type GuideSources } from '../../src/content/sources.ts';
import { projectRoot } from './paths.ts';

let sources: GuideSources | undefined;
/** Read once per test process: the tests only read the content. */
const guide = () => (sources ??= readGuideSources(join(projectRoot, 'content')));

/** The page names (URL segments) of a locale's guide, English by default. */
export function guideSlugsOf(locale = 'en'): string[] {
  return pagesOf(guide(), locale).map((page) => page.slug);
}

/** `content/<locale>/<group>/<slug>.mdx` relative to the project root; throws when the page does not exist. */
export function guideFileOf(locale: string, slug: string): string {
  const page = pagesOf(guide(), locale).find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`content/${locale}/ has no guide page "${slug}"`);
  return page.path;
}
