/**
 * Language of parts (WCAG 3.1.2): on every pt-BR and es-ES page, each portal message's English
 * text (or a telling piece of it) and each English portal label the locale translates sits inside
 * an element whose nearest `lang` is English, wherever it is rendered: body, titles, sidebar,
 * previous/next, troubleshooting and search lists. `<title>` and meta attributes cannot carry a
 * language and are skipped; Pagefind's result markup is not in dist/.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { portalLabels } from '../../src/rules/program.ts';
import { portalMessages } from '../../src/rules/portal-messages.ts';
import { builtPages, readPage } from '../support/dist.ts';

const normalize = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

/** A message's whole text, and from each sentence the four words after its first: "Access ID is already". */
const messagePieces = Object.values(portalMessages).flatMap(({ text }) => [
  text,
  ...text.split(/\.\s+/).map((sentence) => sentence.split(' ').slice(1, 5).join(' ')),
]);

/** The page's text outside English elements, as the reader's language would be spoken. */
function textOutsideEnglish(page: HTMLElement): string {
  const body = page.querySelector('body')!;
  body.querySelectorAll('script, style, template, [lang="en"], [lang^="en-"]').forEach((element) => element.remove());
  return normalize(body.textContent);
}

describe.each(locales.filter((locale) => locale.tag !== 'en'))('English fragments on $tag pages', (locale) => {
  const pages = builtPages().filter((file) => file.startsWith(`${locale.path}/`));
  const rules = useTranslations(locale.tag, 'rules');
  // Labels the locale translates: where their English appears, it is a quotation of the portal.
  const labels = Object.entries(portalLabels)
    .filter(([id, english]) => rules(`label.${id}`) !== english)
    .map(([, english]) => english);
  const pieces = [...messagePieces, ...labels].map(normalize);

  it('are all marked lang="en"', () => {
    expect(pages.length).toBeGreaterThan(20);
    const unmarked: string[] = [];
    for (const file of pages) {
      const text = textOutsideEnglish(readPage(file));
      for (const piece of pieces) {
        const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'u').test(text)) unmarked.push(`${file}: “${piece}”`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('are found by the check when unmarked', () => {
    const page = readPage(pages.find((file) => file.includes('/troubleshooting/not-authorized/'))!);
    page.querySelectorAll('[lang="en"]').forEach((element) => element.removeAttribute('lang'));
    expect(textOutsideEnglish(page)).toContain(portalMessages['not-authorized'].text);
  });
});
