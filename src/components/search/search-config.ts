/**
 * The search island's configuration for one locale, resolved at build time: translated words
 * (every plural form with `{count}` left for the browser), and addresses under the site's base.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Translator } from '../../i18n/translator.ts';
import { messageVariants, portalVocabulary } from '../../i18n/portal-words.ts';
import { basePath, localeUrl, siteUrl } from '../../i18n/urls.ts';
import { portalLabels } from '../../rules/program.ts';
import { portalMessages } from '../../rules/portal-messages.ts';
import { defaultLocale } from '../../i18n/locales.ts';
import { pagefindFolder, searchKinds, type SearchConfig, type SearchKind } from '../../search/types.ts';

/** For each plural category of the language, the first count that falls in it. */
function sampleCounts(tag: string): Map<Intl.LDMLPluralRule, number> {
  const rules = new Intl.PluralRules(tag);
  const samples = new Map<Intl.LDMLPluralRule, number>();
  for (const count of [0, 1, 2, 3, 5, 11, 21, 101, 1_000_000]) {
    const category = rules.select(count);
    if (!samples.has(category)) samples.set(category, count);
  }
  return samples;
}

export function searchConfig(locale: Locale, words: Translator): SearchConfig {
  const t = words.search;
  // i18next picks the plural form from `count`; `replace` keeps the placeholders for the browser.
  const keep = { count: '{count}', query: '{query}' };
  const results = Object.fromEntries(
    [...sampleCounts(locale.tag)].map(([category, count]) => [category, t('status.results', { count, replace: keep })]),
  );
  return {
    lang: locale.tag,
    bundle: siteUrl(`${pagefindFolder}/`),
    base: basePath,
    searchPage: localeUrl(locale, 'search/'),
    troubleshootingPage: localeUrl(locale, 'troubleshooting/'),
    portalMessages: Object.values(portalMessages).map((message) => message.text),
    messageVariants: messageVariants(words),
    vocabulary: portalVocabulary(words),
    englishPhrases:
      locale === defaultLocale
        ? []
        : [...Object.values(portalMessages).map((message) => message.text), ...Object.values(portalLabels)],
    text: {
      results,
      noMatch: t('status.noMatch', { replace: keep }),
      failed: t('status.failed'),
      failedSearchPage: t('states.failedSearchPage'),
      troubleshooting: t('noMatch.link'),
      noMatchText: t('noMatch.text'),
      loading: t('states.loading'),
      seeAll: t('panel.seeAll', { replace: keep }),
      kinds: Object.fromEntries(searchKinds.map((kind) => [kind, t(`kind.${kind}`)])) as Record<SearchKind, string>,
      stopWords: t('stopWords').split(/\s+/).filter(Boolean),
    },
  };
}

const configJson = new Map<Locale, string>();

/**
 * The configuration as the text of a JSON script element (`<` escaped so it cannot end the element).
 * The same for every page of a locale (every page has the search field), so made once per locale.
 */
export function searchConfigJson(locale: Locale, words: Translator): string {
  let json = configJson.get(locale);
  if (json === undefined) configJson.set(locale, (json = JSON.stringify(searchConfig(locale, words)).replace(/</g, '\\u003c')));
  return json;
}
