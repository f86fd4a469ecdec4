/**
 * The words of the portals a reader may paste into the search box, for the search island's
 * configuration (src/components/search/search-config.ts): each portal message's localized wordings
 * and variants, and the vocabulary of the portals' labels and messages.
 */
import { defaultLocale } from './locales.ts';
import { translatorFor, type Translate } from './translator.ts';
import { portalIds, portalLabels, portalMessages, type PortalMessageId } from '../rules/program.ts';

/** Lower case without accents, as the search island compares words (src/islands/search/match.ts). */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The localized wording and the variants of each portal message, keyed by its English text. */
export function messageVariants(rules: Translate<'rules'>): Record<string, string[]> {
  const english = translatorFor(defaultLocale).rules;
  return Object.fromEntries(
    (Object.keys(portalMessages) as PortalMessageId[]).map((id) => {
      const wordings = [rules(`message.${id}.wording`), rules(`message.${id}.variants`), english(`message.${id}.variants`)];
      const variants = [...new Set(wordings.flatMap((wording) => wording.split('|')))].filter((wording) => wording.trim() !== '');
      return [portalMessages[id].text, variants.filter((wording) => wording !== portalMessages[id].text)];
    }),
  );
}

/** The words of the portals' labels and messages, in English and in the locale, folded, once each. */
export function portalVocabulary(rules: Translate<'rules'>): string[] {
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
