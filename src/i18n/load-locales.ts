/**
 * Reads `locales/<tag>/<ns>.json` from disk (outside Vite's module graph) for the build's checks and
 * the runtime resources (src/i18n/resources.ts) alike. English portal wording is not written in the
 * files: the rules quote each portal message exactly (`portalMessages` in src/rules/portal-messages.ts),
 * so `message.<id>.wording` of English troubleshooting.json is taken from there, once, here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResourcesByTag } from './check-translations.ts';
import { defaultLocale } from './locales.ts';
import type { Messages } from './resources.ts';
import { portalMessages } from '../rules/portal-messages.ts';

export function loadLocaleFiles(root: string): { resources: ResourcesByTag; problems: string[] } {
  const resources: ResourcesByTag = {};
  const problems: string[] = [];
  for (const tag of readdirSync(root)) {
    resources[tag] = {};
    for (const file of readdirSync(join(root, tag)).filter((name) => name.endsWith('.json'))) {
      try {
        resources[tag][file.slice(0, -5)] = JSON.parse(readFileSync(join(root, tag, file), 'utf8'));
      } catch (error) {
        problems.push(`locales/${tag}/${file}: not valid JSON (${(error as Error).message})`);
      }
    }
  }
  const englishWords = resources[defaultLocale.tag]?.troubleshooting;
  if (englishWords !== undefined) problems.push(...addPortalWording(englishWords));
  return { resources, problems };
}

/** Puts each portal message's exact text under `message.<id>.wording`; a wording written in the file is refused. */
function addPortalWording(words: Messages): string[] {
  const file = `locales/${defaultLocale.tag}/troubleshooting.json`;
  const messages = words.message ?? {};
  if (typeof messages === 'string') return [`${file}: "message" must be an object of portal messages`];
  words.message = messages;
  const problems: string[] = [];
  for (const [id, { text }] of Object.entries(portalMessages)) {
    const entry = messages[id] ?? {};
    if (typeof entry === 'string') {
      problems.push(`${file}: "message.${id}" must be an object (meaning, variants)`);
      continue;
    }
    if ('wording' in entry) {
      problems.push(
        `${file}: "message.${id}.wording" repeats the portal's text, which comes from portalMessages in src/rules/portal-messages.ts`,
      );
    }
    messages[id] = { wording: text, ...entry };
  }
  return problems;
}
