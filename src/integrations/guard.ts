/**
 * The build's gatekeeper. Before anything is built it checks the inputs (UI strings, the guide's
 * sources, rules); after the build it checks every link and proof-reads every page. Any problem
 * stops the build with a list naming each file and field. Every path is read from the project root
 * Astro was given. In a build each check runs in a child process (apart.ts), so the memory it takes
 * is not kept by the build process through bundling and rendering.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readGuideSources } from '../content/sources.ts';
import type { EditorMessage } from '../content/editor-message.ts';
import { report, toEditorMessage } from './editor-messages.ts';
import { devChecks } from './dev-checks.ts';
import { callApart } from './apart.ts';
import { checkSources, guideSourceFinder, type checkBuiltSite, type SourceCheck } from './site-checks.ts';

const checks = new URL('./site-checks.ts', import.meta.url);

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

export function guard({ requireFullTranslation }: GuardOptions): AstroIntegration {
  let base = '/';
  let site = 'https://localhost';
  let root = process.cwd();
  let checkedSources: SourceCheck | undefined;
  return {
    name: 'site-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
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
            sourceFinder: () => guideSourceFinder(readGuideSources(join(root, 'content')).pages),
          });
          updateConfig({ vite: { plugins: [plugin] } });
          return;
        }
        const checked = await callApart<SourceCheck>(checks, 'checkSources', root, requireFullTranslation);
        checkedSources = checked;
        if (checked.messages.length > 0) stop(logger, 'Checking the site sources', checked.messages);
        logger.info('sources checked: UI strings, guide content, rules');
        for (const warning of checked.warnings) logger.warn(warning);
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!checkedSources) throw new Error('site-guard: the build is done but its sources were never checked');
        const found = await callApart<ReturnType<typeof checkBuiltSite>>(checks, 'checkBuiltSite', {
          distDir: fileURLToPath(dir),
          base,
          site,
          pages: checkedSources.pages,
          proof: checkedSources.proof,
        });
        if (found)
          stop(
            logger,
            found.stage,
            found.problems.map((problem) => toEditorMessage(problem, root)),
          );
        logger.info('every internal link and anchor resolves');
        logger.info('every page proof-read');
      },
    },
  };
}
