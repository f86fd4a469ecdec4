/** Reads `locales/<tag>/<ns>.json` from disk for build-time checks (outside Vite's module graph). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResourcesByTag } from './check-translations.ts';

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
  return { resources, problems };
}
