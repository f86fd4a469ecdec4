/**
 * The text of a built page as a reader gets it: in a browser, and in a text browser (lynx, w3m),
 * which knows no CSS, so it also shows what a browser hides (`hidden`, `<template>`, `<noscript>`).
 * Block elements break lines; inline elements are joined exactly as the markup joins them, so two
 * words with no whitespace between their elements come out run together, as they read.
 */
import { parseDocument } from 'htmlparser2';

/** A piece of text and the element-level facts the proof-reading needs about it. */
export interface Piece {
  readonly text: string;
  /** The nearest `lang` of its ancestors (the page's own when none closer). */
  readonly lang: string;
  /** Inside `<q>`; inside `<code>`; inside `<template>` or `hidden`, which text browsers show anyway. */
  readonly quoted: boolean;
  readonly code: boolean;
  readonly textBrowserOnly: boolean;
  /** Which link it is part of (a count of `<a>` elements in the page), or -1. */
  readonly link: number;
}

/** One line of a text browser's rendering: the pieces of one block, in order. */
export interface Block {
  readonly pieces: readonly Piece[];
  /** The block's element, e.g. `h2`, `p`, `li`. */
  readonly tag: string;
}

const blockTags = new Set(
  `address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption figure footer form
  h1 h2 h3 h4 h5 h6 header hr legend li main nav ol option p pre section summary table tbody thead tfoot tr td th ul
  title text tspan`.split(/\s+/),
);
const skipped = new Set(['script', 'style', 'head']);

interface DomNode {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

interface Context {
  lang: string;
  quoted: boolean;
  code: boolean;
  textBrowserOnly: boolean;
  link: number;
}

/** The blocks of a page, in document order; empty blocks are dropped. */
export function visibleBlocks(html: string): Block[] {
  const document = parseDocument(html) as unknown as DomNode;
  const blocks: Block[] = [];
  let pieces: Piece[] = [];
  let tag = 'body';
  const open: string[] = [];
  let links = 0;
  const flush = (next: string) => {
    if (pieces.some((piece) => piece.text.trim() !== '')) blocks.push({ pieces, tag });
    pieces = [];
    tag = next;
  };
  const walk = (node: DomNode, context: Context) => {
    if (node.type === 'text') {
      const text = (node.data ?? '').replace(/\s+/g, ' ');
      if (text) pieces.push({ text, ...context });
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.name ?? '';
    if (skipped.has(name)) return;
    const attribs = node.attribs ?? {};
    const inner: Context = {
      lang: attribs.lang ?? context.lang,
      quoted: context.quoted || name === 'q',
      code: context.code || name === 'code' || name === 'kbd',
      link: name === 'a' ? links++ : context.link,
      textBrowserOnly: context.textBrowserOnly || name === 'template' || 'hidden' in attribs,
    };
    if (name === 'img' && attribs.alt) pieces.push({ text: attribs.alt, ...inner });
    // A form control stands between the words around it.
    if (name === 'input' || name === 'select' || name === 'textarea') pieces.push({ text: ' ', ...inner });
    const isBlock = blockTags.has(name);
    if (isBlock) {
      flush(name);
      open.push(name);
    }
    if (name === 'q') pieces.push({ text: openQuote(inner.lang), ...inner });
    for (const child of node.children ?? []) walk(child, inner);
    if (name === 'q') pieces.push({ text: closeQuote(inner.lang), ...inner });
    if (isBlock) {
      open.pop();
      flush(open.at(-1) ?? 'body');
    }
  };
  const html_ = (document.children ?? []).find((node) => node.name === 'html');
  walk(document, { lang: html_?.attribs?.lang ?? '', quoted: false, code: false, textBrowserOnly: false, link: -1 });
  flush('body');
  return blocks;
}

/** The marks a browser draws around `<q>` in that language (Chromium's defaults). */
function openQuote(lang: string): string {
  return lang.toLowerCase().startsWith('es') ? '«' : '“';
}
function closeQuote(lang: string): string {
  return lang.toLowerCase().startsWith('es') ? '»' : '”';
}

/** A block's text as one line. */
export function lineOf(block: Block): string {
  return block.pieces
    .map((piece) => piece.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
