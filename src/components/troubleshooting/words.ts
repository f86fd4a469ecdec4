/**
 * The small markup of troubleshooting.json texts: `<en>…</en>` marks English words (rendered with
 * lang="en"), and a step's `{{label-id}}` / `{{link}}` placeholders stand for a portal label or its
 * external link. Pure: the components render the parts.
 */

export type WordPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'en'; readonly text: string }
  | { readonly kind: 'slot'; readonly name: string };

// A private-use character cannot occur in the words, so it safely marks where a placeholder was.
const mark = '\uE000';

/** Interpolation values that keep each placeholder findable after i18next has run. */
export function slotValues(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `${mark}${name}${mark}`]));
}

/** A translated text as parts, in order. */
export function wordParts(text: string): WordPart[] {
  const parts: WordPart[] = [];
  text.split(new RegExp(`${mark}([^${mark}]*)${mark}`)).forEach((piece, index) => {
    if (index % 2 === 1) {
      parts.push({ kind: 'slot', name: piece });
      return;
    }
    piece.split(/<en>(.*?)<\/en>/s).forEach((chunk, inner) => {
      if (chunk !== '') parts.push(inner % 2 === 1 ? { kind: 'en', text: chunk } : { kind: 'text', text: chunk });
    });
  });
  return parts;
}

/** The text without marks, for titles, meta descriptions and announcements. */
export function plainWords(text: string): string {
  return text.replace(/<\/?en>/g, '');
}
