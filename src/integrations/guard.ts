/**
 * The build's gatekeeper. Before anything is built it checks the inputs (UI strings, content
 * parity, rules); after the build it checks every link. Any problem stops the build with a list
 * naming each file and field.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkTranslations } from '../i18n/check-translations.ts';
import { checkRequiredWords } from '../i18n/required-words.ts';
import { localePaths } from '../i18n/locales.ts';
import { checkContentParity } from '../content/check-content.ts';
import { checkMeaningParityFiles } from '../content/meaning-parity-files.ts';
import { translationStatus } from '../content/freshness.ts';
import { validateRules } from '../rules/validate.ts';
import { checkTroubleshootingTree } from '../i18n/check-tree-words.ts';
import { externalLinks } from '../rules/program.ts';
import { checkLinks } from './link-check.ts';
import { loadLocaleFiles } from './load-locales.ts';

export interface GuardOptions {
  /** Extra checks of the sources, run with the others (e.g. the troubleshooting tree). */
  sourceChecks?: (() => string[])[];
}

function fail(stage: string, problems: string[]): never {
  throw new Error(`${stage} failed with ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
}

export function guard(options: GuardOptions = {}): AstroIntegration {
  let base = '/';
  let site = 'https://localhost';
  return {
    name: 'site-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { resources, problems: parseProblems } = loadLocaleFiles(join(root, 'locales'));
        const problems = [
          ...parseProblems,
          ...checkTranslations(resources),
          ...checkRequiredWords(resources),
          ...checkContentParity(join(root, 'content'), localePaths),
          ...checkMeaningParityFiles(join(root, 'content'), localePaths),
          ...validateRules(),
          ...checkTroubleshootingTree(resources),
          ...(options.sourceChecks ?? []).flatMap((check) => check()),
        ];
        const freshness = translationStatus(join(root, 'content'), localePaths);
        for (const page of freshness.filter((entry) => entry.status === 'untracked')) {
          problems.push(
            `content/${page.locale}/${page.page}.mdx: frontmatter "translates" is missing (run: npm run translations -- --stamp ${page.locale}/${page.page})`,
          );
        }
        if (problems.length > 0) fail('Checking the site sources', problems);
        logger.info('sources checked: UI strings, content parity, rules');
        for (const page of freshness.filter((entry) => entry.status === 'stale')) {
          logger.warn(
            `stale translation: content/${page.locale}/${page.page}.mdx translates ${page.recorded}, English is now ${page.current}`,
          );
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
        });
        if (problems.length > 0) fail('Checking links in the built site', problems);
        logger.info('every internal link and anchor resolves');
      },
    },
  };
}
