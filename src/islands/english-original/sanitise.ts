/**
 * A copy of fetched nodes that keeps only text elements, rebuilt element by element in this
 * document: headings, paragraphs, lists, tables, code, emphasis and links to http(s) addresses.
 * Nothing of the response is imported as is, so scripts, frames, forms, styles, event attributes
 * and `javascript:` links cannot come along, whatever the response holds.
 */

/** Elements rebuilt as the same element. */
const kept = new Set([
  'P',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'TABLE',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TH',
  'TD',
  'PRE',
  'CODE',
  'KBD',
  'EM',
  'STRONG',
  'B',
  'I',
  'BR',
  'A',
]);

/** Elements dropped with everything inside them: active content, or not text. */
const dropped = new Set([
  'SCRIPT',
  'STYLE',
  'LINK',
  'META',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'FORM',
  'INPUT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'MATH',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'DIALOG',
]);

const languageTag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** Attributes worth keeping, checked one by one; everything else (on*, style, class, id) is left out. */
function copyAttributes(from: Element, to: HTMLElement, base: URL): void {
  const lang = from.getAttribute('lang');
  if (lang && languageTag.test(lang)) to.lang = lang;
  if (to instanceof HTMLAnchorElement) {
    const href = from.getAttribute('href');
    if (href) {
      try {
        const target = new URL(href, base);
        if (target.protocol === 'https:' || target.protocol === 'http:') to.href = target.href;
      } catch {
        // Not an address: the words stay, without a link.
      }
    }
    const hreflang = from.getAttribute('hreflang');
    if (hreflang && languageTag.test(hreflang)) to.hreflang = hreflang;
  }
  if (to instanceof HTMLTableCellElement) {
    for (const name of ['colspan', 'rowspan'] as const) {
      const value = from.getAttribute(name);
      if (value && /^[1-9]\d?$/.test(value)) to.setAttribute(name, value);
    }
    const scope = from.getAttribute('scope');
    if (scope && ['row', 'col', 'rowgroup', 'colgroup'].includes(scope)) to.setAttribute('scope', scope);
  }
}

function copyInto(target: Node, source: Node, base: URL): void {
  if (source.nodeType === Node.TEXT_NODE) {
    target.appendChild(document.createTextNode(source.textContent ?? ''));
    return;
  }
  if (!(source instanceof Element)) return; // comments, processing instructions
  const tag = source.tagName.toUpperCase();
  if (dropped.has(tag) || source.hasAttribute('data-pagefind-ignore')) return;
  if (!kept.has(tag)) {
    // A wrapper (div, section, aside, span…): its text elements, without it.
    for (const child of source.childNodes) copyInto(target, child, base);
    return;
  }
  const copy = document.createElement(tag.toLowerCase());
  copyAttributes(source, copy, base);
  for (const child of source.childNodes) copyInto(copy, child, base);
  target.appendChild(copy);
}

/** The nodes' text elements as a fragment of this document; relative links resolve against `base`. */
export function sanitisedCopy(nodes: readonly Node[], base: URL): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const node of nodes) copyInto(fragment, node, base);
  return fragment;
}
