/**
 * The build's gatekeeper. Before anything is built it checks the inputs (UI strings, the guide's
 * sources, rules); after the build it checks every link. Any problem stops the build with a list
 * naming each file and field. Every path is read from the project root Astro was given.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkTranslations } from '../i18n/check-translations.ts';
import { checkRequiredWords } from '../i18n/required-words.ts';
import { defaultLocale, localePaths } from '../i18n/locales.ts';
import { checkContent, guideSources } from '../content/check-content.ts';
import { checkMeaningParityFiles } from '../content/meaning-parity-files.ts';
import { translationStatus } from '../content/freshness.ts';
import { validateRules } from '../rules/validate.ts';
import { checkTroubleshootingTree } from '../i18n/check-tree-words.ts';
import { externalLinks } from '../rules/program.ts';
import { checkLinks } from './link-check.ts';
import { loadLocaleFiles } from './load-locales.ts';

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

function fail(stage: string, problems: string[]): never {
  throw new Error(`${stage} failed with ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
}

/** Built guide page → the MDX file it was rendered from (the locale's own, or English's when missing). */
function guideSourceFinder(contentRoot: string): (page: string) => string | null {
  const files = new Map<string, string>();
  for (const locale of localePaths) {
    for (const source of guideSources(join(contentRoot, locale)).pages)
      files.set(`${locale}/${source.slug}`, `${locale}/${source.file}`);
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
  return {
    name: 'site-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const contentRoot = join(root, 'content');
        const { resources, problems: parseProblems } = loadLocaleFiles(join(root, 'locales'));
        const content = checkContent(contentRoot, localePaths, { sourceFolder: defaultLocale.path, requireFullTranslation });
        const problems = [
          ...parseProblems,
          ...checkTranslations(resources),
          ...checkRequiredWords(resources),
          ...content.problems,
          ...checkMeaningParityFiles(contentRoot, localePaths, defaultLocale.path),
          ...validateRules(),
          ...checkTroubleshootingTree(resources),
        ];
        const freshness = translationStatus(contentRoot, localePaths, defaultLocale.path);
        for (const page of freshness.filter((entry) => entry.status === 'untracked')) {
          problems.push(
            `content/${page.file}: frontmatter "translates" is missing (run: npm run translations -- --stamp ${page.locale}/${page.page})`,
          );
        }
        if (problems.length > 0) fail('Checking the site sources', problems);
        logger.info('sources checked: UI strings, guide content, rules');
        for (const warning of content.warnings) logger.warn(`published in English until translated: ${warning}`);
        for (const page of freshness.filter((entry) => entry.status === 'stale')) {
          logger.warn(`stale translation: content/${page.file} translates ${page.recorded}, English is now ${page.current}`);
        }
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkLinks({
          distDir: fileURLToPath(dir),
          base,
          site,
          externalAllowed: Object.values(externalLinks),
          sourceOf: guideSourceFinder(join(root, 'content')),
        });
        if (problems.length > 0) fail('Checking links in the built site', problems);
        logger.info('every internal link and anchor resolves');
      },
    },
  };
}
