/**
 * The search island's configuration for one locale, resolved at build time: translated words
 * (every plural form with `{count}` left for the browser), and addresses under the site's base.
 */
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { basePath, localeUrl, siteUrl } from '../../i18n/urls.ts';
import { portalIds, portalLabels, portalMessages, type PortalMessageId } from '../../rules/program.ts';
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

/** Lower case without accents, as the search island compares words (src/islands/search/match.ts). */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The localized wording and the variants of each portal message, keyed by its English text. */
function messageVariants(locale: Locale): Record<string, string[]> {
  const rules = useTranslations(locale.tag, 'rules');
  const english = useTranslations(defaultLocale.tag, 'rules');
  return Object.fromEntries(
    (Object.keys(portalMessages) as PortalMessageId[]).map((id) => {
      const wordings = [rules(`message.${id}.wording`), rules(`message.${id}.variants`), english(`message.${id}.variants`)];
      const variants = [...new Set(wordings.flatMap((wording) => wording.split('|')))].filter((wording) => wording.trim() !== '');
      return [portalMessages[id].text, variants.filter((wording) => wording !== portalMessages[id].text)];
    }),
  );
}

/** The words of the portals' labels and messages, in English and in the locale, folded, once each. */
function vocabulary(locale: Locale): string[] {
  const rules = useTranslations(locale.tag, 'rules');
  const texts = [
    ...Object.values(portalMessages).map((message) => message.text),
    ...Object.values(portalLabels),
    ...Object.keys(portalLabels).map((id) => rules(`label.${id}`)),
    ...portalIds.map((id) => rules(`portal.${id}`)),
    ...(Object.keys(portalMessages) as PortalMessageId[]).map((id) => rules(`message.${id}.wording`)),
  ];
  const words = texts.flatMap((text) => folded(text).split(/[^\p{L}\p{N}]+/u));
  return [...new Set(words.filter((word) => word.length >= 3 && !/\d/.test(word)))].sort();
}

export function searchConfig(locale: Locale): SearchConfig {
  const t = useTranslations(locale.tag, 'search');
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
    messageVariants: messageVariants(locale),
    vocabulary: vocabulary(locale),
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

/** The configuration as the text of a JSON script element (`<` escaped so it cannot end the element). */
export function searchConfigJson(locale: Locale): string {
  return JSON.stringify(searchConfig(locale)).replace(/</g, '\\u003c');
}
