/**
 * One i18next instance per locale, created on first use. `t` refuses to fall back: a key missing in
 * a locale throws, so the build fails naming the key and the locale instead of showing English.
 */
import i18next, { type TOptions } from 'i18next';
import { resources, type Namespace } from './resources.ts';
import type { LocaleTag } from './locales.ts';

export type Translate = (key: string, options?: TOptions) => string;

const instances = new Map<LocaleTag, typeof i18next>();

function instanceFor(tag: LocaleTag): typeof i18next {
  let instance = instances.get(tag);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: tag,
      fallbackLng: false,
      resources: resources,
      ns: Object.keys(resources[tag]),
      defaultNS: 'ui',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnEmptyString: false,
    });
    instances.set(tag, instance);
  }
  return instance;
}

/** A translate function for one locale and namespace (`ui` unless named). */
export function useTranslations(tag: LocaleTag, ns: Namespace = 'ui'): Translate {
  const instance = instanceFor(tag);
  return (key, options) => {
    const opts = { ...options, ns };
    if (!instance.exists(key, opts)) {
      throw new Error(`Missing translation: locales/${tag}/${ns}.json has no "${key}"`);
    }
    return instance.t(key, opts) as string;
  };
}

/** Whether a key exists for a locale (for optional text such as a per-node hint). */
export function hasTranslation(tag: LocaleTag, ns: Namespace, key: string): boolean {
  return instanceFor(tag).exists(key, { ns });
}
