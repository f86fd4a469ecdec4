/**
 * The words of the portals a reader may paste into the search box, for the search island's
 * configuration (src/components/search/search-config.ts): each portal message's localized wordings
 * and variants, and the vocabulary of the portals' labels and messages.
 */
import { defaultLocale } from './locales.ts';
import { translatorFor, type Translator } from './translator.ts';
import { portalIds, portalLabels } from '../rules/program.ts';
import { portalMessages, type PortalMessageId } from '../rules/portal-messages.ts';

/** Lower case without accents, as the search island compares words (src/islands/search/match.ts). */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const messageIds = Object.keys(portalMessages) as PortalMessageId[];

/** The localized wording and the variants of each portal message, keyed by its English text. */
export function messageVariants(t: Translator): Record<string, string[]> {
  const words = t.troubleshooting;
  const english = translatorFor(defaultLocale).troubleshooting;
  return Object.fromEntries(
    messageIds.map((id) => {
      const wordings = [words(`message.${id}.wording`), words(`message.${id}.variants`), english(`message.${id}.variants`)];
      const variants = [...new Set(wordings.flatMap((wording) => wording.split('|')))].filter((wording) => wording.trim() !== '');
      return [portalMessages[id].text, variants.filter((wording) => wording !== portalMessages[id].text)];
    }),
  );
}

/** The words of the portals' labels and messages, in English and in the locale, folded, once each. */
export function portalVocabulary(t: Translator): string[] {
  const texts = [
    ...Object.values(portalMessages).map((message) => message.text),
    ...Object.values(portalLabels),
    ...Object.keys(portalLabels).map((id) => t.rules(`label.${id}`)),
    ...portalIds.map((id) => t.rules(`portal.${id}`)),
    ...messageIds.map((id) => t.troubleshooting(`message.${id}.wording`)),
  ];
  const words = texts.flatMap((text) => folded(text).split(/[^\p{L}\p{N}]+/u));
  return [...new Set(words.filter((word) => word.length >= 3 && !/\d/.test(word)))].sort();
}
