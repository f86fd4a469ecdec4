/** The guide's MDX sources as tests need them: page names and the file of a page in a locale. */
import { join } from 'node:path';
import { pagesOf, readGuideSources } from '../../src/content/sources.ts';
import { projectRoot } from './paths.ts';

// The content does not change during a run: read and parse it once, not once per question asked.
let sources: ReturnType<typeof readGuideSources> | undefined;
const projectSources = () => (sources ??= readGuideSources(join(projectRoot, 'content')));

/** The page names (URL segments) of a locale's guide, English by default. */
export function guideSlugsOf(locale = 'en'): string[] {
  return pagesOf(projectSources(), locale).map((page) => page.slug);
}

/** `content/<locale>/<group>/<slug>.mdx` relative to the project root; throws when the page does not exist. */
export function guideFileOf(locale: string, slug: string): string {
  const page = pagesOf(projectSources(), locale).find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`content/${locale}/ has no guide page "${slug}"`);
  return `content/${locale}/${page.file}`;
}
