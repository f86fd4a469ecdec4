/**
 * Every UI string of every locale, loaded from `locales/<tag>/<namespace>.json` by Vite, so the same
 * module serves pages at build time and unit tests.
 */
import { localeTags, type LocaleTag } from './locales.ts';

export const namespaces = ['ui', 'rules', 'calculator', 'troubleshooting', 'search', 'guide'] as const;
export type Namespace = (typeof namespaces)[number];

export type Messages = { [key: string]: string | Messages };
export type LocaleResources = Record<Namespace, Messages>;

const files = import.meta.glob<Messages>('../../locales/*/*.json', { eager: true, import: 'default' });

function load(): Record<LocaleTag, LocaleResources> {
  const byTag = {} as Record<LocaleTag, LocaleResources>;
  for (const tag of localeTags) {
    byTag[tag] = {} as LocaleResources;
    for (const ns of namespaces) {
      const file = files[`../../locales/${tag}/${ns}.json`];
      if (!file) throw new Error(`locales/${tag}/${ns}.json is missing`);
      byTag[tag][ns] = file;
    }
  }
  return byTag;
}

export const resources: Record<LocaleTag, LocaleResources> = load();
