/**
 * The guard's checks (guard.ts): the site's sources before the build, the built site after it.
 * Each takes and returns plain data, so the build can run it in a child process (apart.ts); the
 * development server calls them in its own process.
 */
import { join } from 'node:path';
import { checkTranslations } from '../i18n/check-translations.ts';
import { checkRequiredWords } from '../i18n/required-words.ts';
import { defaultLocale, localePaths } from '../i18n/locales.ts';
import { checkContent } from '../content/check-content.ts';
import { readGuideSources, type GuideSource } from '../content/sources.ts';
import { lintContent } from '../content/page-lint.ts';
import { editUrl } from '../content/page-meta.ts';
import type { EditorMessage } from '../content/editor-message.ts';
import { toEditorMessage } from './editor-messages.ts';
import { checkMeaningParityFiles } from '../content/meaning-parity-files.ts';
import { translationStatus } from '../content/freshness.ts';
import { validateRules } from '../rules/validate.ts';
import { checkTroubleshootingTree } from '../i18n/check-tree-words.ts';
import { externalLinks } from '../rules/program.ts';
import { checkLinks } from './link-check.ts';
import { loadLocaleFiles } from '../i18n/load-locales.ts';
import { checkTerms, readTermList } from '../i18n/terms.ts';
import { checkAdvice } from '../i18n/check-advice.ts';
import { keyPaths, proofreadSite, type ProofOptions } from './proofread.ts';

/** Where a guide page's source is: what the checks of the built site need to know of it. */
export type PageFile = Pick<GuideSource, 'locale' | 'slug' | 'file' | 'path'>;

export interface SourceCheck {
  messages: EditorMessage[];
  warnings: string[];
  /** Every guide source's place, for the checks of the built site. */
  pages: PageFile[];
  /** What the proof-reading of the built pages needs to know: the UI keys, and the names that stay English. */
  proof: ProofOptions;
}

/**
 * A key a translation lacks, named once: the comparison with English says "missing key", and the
 * checks that every id of the rules has words in every locale would say "no text" again.
 */
export function namedOnce(problems: readonly string[]): string[] {
  const missing = new Set(
    problems.flatMap((problem) => {
      const found = /^([^\s:]+): missing (?:plural )?key "([^"]+)"/.exec(problem);
      return found ? [`${found[1]} ${found[2]}`] : [];
    }),
  );
  return problems.filter((problem) => {
    const found = /^([^\s:]+): (?:.* has no text|no text for) "([^"]+)"/.exec(problem);
    return !found || !missing.has(`${found[1]} ${found[2]}`);
  });
}

/**
 * Every source check, as editor messages. The per-file reading of each page (page-lint.ts) comes
 * first; a page it finds broken is not compared with its translations as well, so a typo in the
 * English page is one message in that page, not one in each translation.
 */
export function checkSources(root: string, requireFullTranslation: boolean): SourceCheck {
  const contentRoot = join(root, 'content');
  const sources = readGuideSources(contentRoot);
  const lint = lintContent(sources, contentRoot, localePaths);
  const broken = new Set(lint.map((message) => message.file));
  const english = (file: string) => file.replace(/^content\/[\w-]+\//, `content/${defaultLocale.path}/`);
  const { resources, problems: parseProblems } = loadLocaleFiles(join(root, 'locales'));
  const termList = readTermList(root);
  const content = checkContent(sources, localePaths, { sourceFolder: defaultLocale.path, requireFullTranslation });
  const problems = namedOnce([
    ...parseProblems,
    ...checkTranslations(resources),
    ...checkRequiredWords(resources),
    ...content.problems,
    ...checkMeaningParityFiles(sources, localePaths, defaultLocale.path),
    ...validateRules(),
    ...checkTroubleshootingTree(resources),
    ...checkTerms(root, termList, sources.pages),
    ...checkAdvice(resources),
  ]);
  const freshness = translationStatus(sources, localePaths, defaultLocale.path);
  for (const page of freshness.filter((entry) => entry.status === 'untracked')) {
    problems.push(
      `content/${page.file}: frontmatter "translates" is missing (run: npm run translations -- --stamp ${page.locale}/${page.page})`,
    );
  }
  const messages = [
    ...lint,
    ...problems
      .map((problem) => toEditorMessage(problem, root))
      .filter((message) => !broken.has(message.file) && !broken.has(english(message.file))),
  ];
  const warnings = content.warnings.map((warning) => `published in English until translated: ${warning}`);
  for (const page of freshness.filter((entry) => entry.status === 'stale'))
    warnings.push(`stale translation: content/${page.file} translates ${page.recorded}, English is now ${page.current}`);
  const proof: ProofOptions = {
    uiKeys: keyPaths(resources[defaultLocale.tag] ?? {}),
    names: termList.names,
    translated: new Set(Object.keys(termList.terms)),
  };
  const pages = sources.pages.map(({ locale, slug, file, path }) => ({ locale, slug, file, path }));
  return { messages, warnings, pages, proof };
}

/** Built guide page → the MDX file it was rendered from (the locale's own, or English's when missing). */
export function guideSourceFinder(pages: readonly PageFile[]): (page: string) => string | null {
  const locales = new Set<string>(localePaths);
  const files = new Map(
    pages
      .filter((source) => locales.has(source.locale))
      .map((source) => [`${source.locale}/${source.slug}`, `${source.locale}/${source.file}`]),
  );
  return (page) => {
    const guide = /^([\w-]+)\/guide\/([\w-]+)\/index\.html$/.exec(page);
    if (!guide) return null;
    const file = files.get(`${guide[1]}/${guide[2]}`) ?? files.get(`${defaultLocale.path}/${guide[2]}`);
    return file ? `content/${file}` : null;
  };
}

export interface BuiltSiteCheck {
  distDir: string;
  base: string;
  site: string;
  pages: readonly PageFile[];
  proof: ProofOptions;
}

/**
 * The built site's problems at the first check that finds any: links and anchors, then the
 * proof-reading (a page with a broken link is fixed first). Null when there are none.
 */
export function checkBuiltSite({
  distDir,
  base,
  site,
  pages,
  proof,
}: BuiltSiteCheck): { stage: string; problems: string[] } | null {
  const links = checkLinks({
    distDir,
    base,
    site,
    // The "Edit this page" addresses of every guide source (none when EDIT_URL_BASE is unset).
    externalAllowed: [...Object.values(externalLinks), ...pages.flatMap((page) => editUrl(page.path) ?? [])],
    sourceOf: guideSourceFinder(pages),
  });
  if (links.length > 0) return { stage: 'Checking links in the built site', problems: links };
  const slips = proofreadSite(distDir, proof);
  if (slips.length > 0) return { stage: 'Proof-reading the built site', problems: slips };
  return null;
}
