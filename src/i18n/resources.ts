/**
 * Every UI string of every locale, read from `locales/<tag>/<namespace>.json` in the project folder
 * (where every build, server and test runs), so the same module serves pages at build time, unit
 * tests and browser tests, whose runner is not Vite.
 */
import { readFileSync } from 'node:fs';
import { localeTags, type LocaleTag } from './locales.ts';

export const namespaces = ['ui', 'rules', 'calculator', 'troubleshooting', 'search', 'guide'] as const;
export type Namespace = (typeof namespaces)[number];

export type Messages = { [key: string]: string | Messages };
export type LocaleResources = Record<Namespace, Messages>;

function load(): Record<LocaleTag, LocaleResources> {
  const byTag = {} as Record<LocaleTag, LocaleResources>;
  for (const tag of localeTags) {
    byTag[tag] = {} as LocaleResources;
    for (const ns of namespaces) {
      const file = `locales/${tag}/${ns}.json`;
      try {
        byTag[tag][ns] = JSON.parse(readFileSync(file, 'utf8')) as Messages;
      } catch (error) {
        throw new Error(`${file} is missing or not JSON: ${(error as Error).message}`);
      }
    }
  }
  return byTag;
}

export const resources: Record<LocaleTag, LocaleResources> = load();
