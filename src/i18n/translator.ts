/**
 * One i18next instance per locale, created on first use. `t` refuses to fall back: a key missing in
 * a locale throws, so the build fails naming the key and the locale instead of showing English.
 */
import i18next, { type TOptions } from 'i18next';
import { namespaces, resources, type Namespace } from './resources.ts';
import type { Locale, LocaleTag } from './locales.ts';
import type { PortalMessageId } from '../rules/portal-messages.ts';

/**
 * The English files are the source: their keys are the only keys a page may ask for, with the
 * portal wording the loader takes from the rules (src/i18n/load-locales.ts).
 */
type EnglishFiles = {
  ui: typeof import('../../locales/en/ui.json');
  rules: typeof import('../../locales/en/rules.json');
  calculator: typeof import('../../locales/en/calculator.json');
  troubleshooting: typeof import('../../locales/en/troubleshooting.json') & {
    message: Record<PortalMessageId, { wording: string }>;
  };
  search: typeof import('../../locales/en/search.json');
  guide: typeof import('../../locales/en/guide.json');
};

// i18next picks `key_one`/`key_other` from `count`; callers name the key without the suffix.
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Unplural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** "a.b.c" for every string leaf of a nested message object. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${Unplural<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey<NS extends Namespace = 'ui'> = Leaves<EnglishFiles[NS]>;

declare const loose: unique symbol;
/** A key the types cannot follow, marked as such with `looseKey`. */
export type LooseKey = string & { readonly [loose]: true };

/**
 * What `t` accepts for a key of type K: a literal English key; a key built from a template
 * (`node.${id}.title`) when at least one English key fits the pattern; or a `LooseKey`. A bare
 * `string` or a literal English lacks fails type checking.
 */
export type CheckedKey<K extends string, NS extends Namespace> = K extends LooseKey
  ? K
  : string extends K
    ? TranslationKey<NS>
    : [Extract<TranslationKey<NS>, K>] extends [never]
      ? TranslationKey<NS>
      : K;

export type Translate<NS extends Namespace = 'ui'> = <const K extends string>(
  key: K & NoInfer<CheckedKey<K, NS>>,
  options?: TOptions,
) => string;

/**
 * A key put together at run time from data the types cannot follow (a hint that may not exist, a
 * key read from a list). Use only there; `t` still throws at build time when the key is missing.
 */
export function looseKey(key: string): LooseKey {
  return key as LooseKey;
}

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

/** Strings already looked up without options, per locale and namespace. */
const looked = new Map<string, Map<string, string>>();

/**
 * A translate function for one locale and namespace (`ui` unless named); pages get theirs from
 * `translatorFor`. A key asked for without
 * options is looked up once per build: every page asks for the same few dozen words of its locale
 * (header, footer, search field), and i18next's lookup costs more than the rest of such a line.
 */
export function useTranslations<NS extends Namespace = 'ui'>(tag: LocaleTag, ns: NS = 'ui' as NS): Translate<NS> {
  const instance = instanceFor(tag);
  let plain = looked.get(`${tag}/${ns}`);
  if (!plain) looked.set(`${tag}/${ns}`, (plain = new Map()));
  return (typedKey, options) => {
    const key: string = typedKey;
    const known = options === undefined ? plain.get(key) : undefined;
    if (known !== undefined) return known;
    const opts = { ...options, ns };
    if (!instance.exists(key, opts)) {
      throw new Error(`Missing translation: locales/${tag}/${ns}.json has no "${key}"`);
    }
    const text = instance.t(key, opts) as string;
    if (options === undefined) plain.set(key, text);
    return text;
  };
}

/**
 * All the words of one locale: `t(key)` for the `ui` namespace, `t.rules(key)`, `t.calculator(key)`
 * and so on for the others, `t.has(ns, key)` for optional text such as a per-node hint. A page gets
 * its translator once, from the route context (`Astro.locals.t`, src/middleware.ts).
 */
export type Translator = Translate<'ui'> & { readonly [NS in Namespace]: Translate<NS> } & {
  has(ns: Namespace, key: string): boolean;
};

const translators = new Map<LocaleTag, Translator>();

/** The translator of a locale, made once per build. */
export function translatorFor(locale: Locale): Translator {
  let translator = translators.get(locale.tag);
  if (!translator) {
    const byNamespace = Object.fromEntries(namespaces.map((ns) => [ns, useTranslations(locale.tag, ns)])) as {
      [NS in Namespace]: Translate<NS>;
    };
    const has = (ns: Namespace, key: string) => instanceFor(locale.tag).exists(key, { ns });
    translator = Object.assign(useTranslations(locale.tag, 'ui'), byNamespace, { has });
    translators.set(locale.tag, translator);
  }
  return translator;
}
