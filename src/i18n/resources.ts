/**
 * Every UI string of every locale, read once from `locales/<tag>/<namespace>.json` in the project
 * folder (where every build, server and test runs) by the one locale loader the build's checks use
 * too, so pages at build time, unit tests and browser tests (whose runner is not Vite) read the same.
 */
import { join } from 'node:path';
import { loadLocaleFiles } from './load-locales.ts';
import { localeTags, type LocaleTag } from './locales.ts';

export const namespaces = ['ui', 'rules', 'calculator', 'troubleshooting', 'search', 'guide'] as const;
export type Namespace = (typeof namespaces)[number];

export type Messages = { [key: string]: string | Messages };
export type LocaleResources = Record<Namespace, Messages>;

function load(): Record<LocaleTag, LocaleResources> {
  const { resources: files, problems } = loadLocaleFiles(join(process.cwd(), 'locales'));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const namespacesOf = (tag: LocaleTag) =>
    Object.fromEntries(
      namespaces.map((ns) => {
        const messages = files[tag]?.[ns];
        if (messages === undefined) throw new Error(`locales/${tag}/${ns}.json is missing`);
        return [ns, messages as Messages];
      }),
    ) as LocaleResources;
  return Object.fromEntries(localeTags.map((tag) => [tag, namespacesOf(tag)])) as Record<LocaleTag, LocaleResources>;
}

export const resources: Record<LocaleTag, LocaleResources> = load();
