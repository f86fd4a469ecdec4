/**
 * The build's gatekeeper. Before anything is built it checks the inputs (UI strings, the guide's
 * sources, rules); after the build it checks every link. Any problem stops the build with a list
 * naming each file and field. Every path is read from the project root Astro was given.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkTranslations } from '../i18n/check-translations.ts';
import { checkRequiredWords } from '../i18n/required-words.ts';
import { defaultLocale, localePaths } from '../i18n/locales.ts';
import { checkContent } from '../content/check-content.ts';
import { pagesOf, readGuideSources, type GuideSources } from '../content/sources.ts';
import { lintContent } from '../content/page-lint.ts';
import { editUrl } from '../content/page-meta.ts';
import type { EditorMessage } from '../content/editor-message.ts';
import { report, toEditorMessage } from './editor-messages.ts';
import { devChecks } from './dev-checks.ts';
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

export interface GuardOptions {
  /**
   * When true, a guide page that exists in English but not in a locale stops the build; when false
   * it is published in English under the locale's address and listed on `/<locale>/translations/`.
   */
  requireFullTranslation: boolean;
}

/**
 * `REQUIRE_FULL_TRANSLATION`: on unless set to `false`/`0`/`no`/`off`, so this repository's builds,
 * tests and CI keep every locale complete. Anything else unrecognised stops the build.
 */
export function requireFullTranslationFrom(value: string | undefined): boolean {
  const normalized = (value ?? '').trim().toLowerCase();
  if (['', 'true', '1', 'yes', 'on'].includes(normalized)) return true;
  if (['false', '0', 'no', 'off'].includes(normalized)) return false;
  throw new Error(`REQUIRE_FULL_TRANSLATION="${value}" is not a setting; use true or false`);
}

/**
 * Stops a build that found problems: the list, and nothing else (no stack trace, no wrapper around
 * it). Astro reports an error thrown from a hook as a crash inside this file, so the build prints
 * the list itself and exits.
 */
function stop(logger: AstroIntegrationLogger, stage: string, messages: readonly EditorMessage[]): never {
  logger.error(report(stage, messages));
  process.exit(1);
}

/**
 * Every source check, as editor messages. The per-file reading of each page (page-lint.ts) comes
 * first; a page it finds broken is not compared with its translations as well, so a typo in the
 * English page is one message in that page, not one in each translation.
 */
export function checkSources(
  root: string,
  requireFullTranslation: boolean,
): { messages: EditorMessage[]; warnings: string[]; sources: GuideSources; proof: ProofOptions } {
  const contentRoot = join(root, 'content');
  const sources = readGuideSources(contentRoot);
  const lint = lintContent(sources, contentRoot, localePaths);
  const broken = new Set(lint.map((message) => message.file));
  const english = (file: string) => file.replace(/^content\/[\w-]+\//, `content/${defaultLocale.path}/`);
  const { resources, problems: parseProblems } = loadLocaleFiles(join(root, 'locales'));
  const termList = readTermList(root);
  const content = checkContent(sources, localePaths, { sourceFolder: defaultLocale.path, requireFullTranslation });
  const problems = [
    ...parseProblems,
    ...checkTranslations(resources),
    ...checkRequiredWords(resources),
    ...content.problems,
    ...checkMeaningParityFiles(sources, localePaths, defaultLocale.path),
    ...validateRules(),
    ...checkTroubleshootingTree(resources),
    ...checkTerms(root, termList, sources.pages),
    ...checkAdvice(resources),
  ];
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
  // What the proof-reading of the built pages needs to know: the UI keys, and the names that stay English.
  const proof: ProofOptions = {
    uiKeys: keyPaths(resources[defaultLocale.tag] ?? {}),
    names: termList.names,
    translated: new Set(Object.keys(termList.terms)),
  };
  return { messages, warnings, sources, proof };
}

/** The "Edit this page" addresses of every guide source (none when EDIT_URL_BASE is unset). */
function editUrls(sources: GuideSources): string[] {
  return sources.pages.flatMap((page) => editUrl(page.path) ?? []);
}

/** Built guide page → the MDX file it was rendered from (the locale's own, or English's when missing). */
function guideSourceFinder(sources: GuideSources): (page: string) => string | null {
  const files = new Map<string, string>();
  for (const locale of localePaths) {
    for (const source of pagesOf(sources, locale)) files.set(`${locale}/${source.slug}`, `${locale}/${source.file}`);
  }
  return (page) => {
    const guide = /^([\w-]+)\/guide\/([\w-]+)\/index\.html$/.exec(page);
    if (!guide) return null;
    const file = files.get(`${guide[1]}/${guide[2]}`) ?? files.get(`${defaultLocale.path}/${guide[2]}`);
    return file ? `content/${file}` : null;
  };
}

export function guard({ requireFullTranslation }: GuardOptions): AstroIntegration {
  let base = '/';
  let site = 'https://localhost';
  let root = process.cwd();
  let sources: GuideSources | undefined;
  let proof: ProofOptions | null = null;
  return {
    name: 'site-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { define: { 'import.meta.env.DEV_SERVER': JSON.stringify(command === 'dev') } } });
        if (command === 'dev') {
          // The development server reports problems on every change instead of stopping.
          const plugin = devChecks({
            root,
            base: config.base,
            site: config.site ?? site,
            logger,
            checkSources: () => checkSources(root, requireFullTranslation).messages,
            sourceFinder: () => guideSourceFinder(readGuideSources(join(root, 'content'))),
          });
          updateConfig({ vite: { plugins: [plugin] } });
          return;
        }
        const checked = checkSources(root, requireFullTranslation);
        const { messages, warnings } = checked;
        sources = checked.sources;
        proof = checked.proof;
        if (messages.length > 0) stop(logger, 'Checking the site sources', messages);
        logger.info('sources checked: UI strings, guide content, rules');
        for (const warning of warnings) logger.warn(warning);
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const guide = sources ?? readGuideSources(join(root, 'content'));
        const problems = checkLinks({
          distDir: fileURLToPath(dir),
          base,
          site,
          externalAllowed: [...Object.values(externalLinks), ...editUrls(guide)],
          sourceOf: guideSourceFinder(guide),
        });
        if (problems.length > 0)
          stop(
            logger,
            'Checking links in the built site',
            problems.map((problem) => toEditorMessage(problem, root)),
          );
        logger.info('every internal link and anchor resolves');
        const slips = proof ? proofreadSite(fileURLToPath(dir), proof) : [];
        if (slips.length > 0)
          stop(
            logger,
            'Proof-reading the built site',
            slips.map((slip) => toEditorMessage(slip, root)),
          );
        logger.info('every page proof-read');
      },
    },
  };
}
