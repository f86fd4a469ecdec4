/**
 * The one renderer of search states, for the header panel (compact) and the search page (full),
 * built with DOM calls. Only Pagefind's excerpts carry markup, and of that only <mark> survives;
 * everything else (titles, the query) goes in as text. English words a result quotes (portal
 * messages and labels) are marked `lang="en"` on translated pages.
 */
import type { Hit } from './engine.ts';
import { resultsSentence, sentence } from './text.ts';
import type { SearchConfig } from '../../search/types.ts';

export type SearchState =
  | { name: 'idle' }
  | { name: 'loading'; query: string }
  | { name: 'results'; query: string; hits: Hit[] }
  | { name: 'no-match'; query: string }
  | { name: 'failed'; query: string };

export type Variant = 'compact' | 'full';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(className: string, href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}

const englishPatterns = new WeakMap<readonly string[], RegExp | null>();

/** One pattern for the locale's English phrases, longest first, as whole words. */
function englishPattern(phrases: readonly string[]): RegExp | null {
  if (!englishPatterns.has(phrases)) {
    const escaped = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    englishPatterns.set(
      phrases,
      escaped.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null,
    );
  }
  return englishPatterns.get(phrases)!;
}

/** Where English phrases stand in the text, as [start, end) ranges. */
function englishRanges(text: string, phrases: readonly string[]): [number, number][] {
  const pattern = englishPattern(phrases);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((found) => [found.index, found.index + found[0].length]);
}

interface Piece {
  text: string;
  mark: boolean;
}

/** Pieces of text (some highlighted) as nodes, with the English phrases among them in `lang="en"`. */
function richText(pieces: Piece[], phrases: readonly string[]): Node[] {
  const ranges = englishRanges(pieces.map((piece) => piece.text).join(''), phrases);
  const nodes: Node[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const end = offset + piece.text.length;
    // Cut the piece where an English range starts or ends inside it.
    const cuts = new Set([offset, end]);
    for (const [from, to] of ranges) for (const at of [from, to]) if (at > offset && at < end) cuts.add(at);
    const points = [...cuts].sort((a, b) => a - b);
    for (let index = 0; index + 1 < points.length; index++) {
      const [from, to] = [points[index]!, points[index + 1]!];
      let node: Node = document.createTextNode(piece.text.slice(from - offset, to - offset));
      if (ranges.some(([start, stop]) => from >= start && to <= stop)) {
        const english = element('span', '');
        english.lang = 'en';
        english.append(node);
        node = english;
      }
      if (piece.mark) {
        const mark = element('mark', '');
        mark.append(node);
        node = mark;
      }
      nodes.push(node);
    }
    offset = end;
  }
  return nodes;
}

/** Plain text with its English phrases marked. */
function text(config: SearchConfig, value: string): Node[] {
  return richText([{ text: value, mark: false }], config.englishPhrases);
}

/** An excerpt as a paragraph: the text of Pagefind's HTML with its <mark> highlights and nothing else. */
export function excerpt(config: SearchConfig, html: string): HTMLParagraphElement {
  const paragraph = element('p', 'hit-excerpt');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const pieces = [...parsed.body.childNodes].map((node) => ({ text: node.textContent ?? '', mark: node.nodeName === 'MARK' }));
  paragraph.append(...richText(pieces, config.englishPhrases));
  return paragraph;
}

function kindLabel(config: SearchConfig, hit: Hit): HTMLElement | null {
  return hit.kind ? element('span', `hit-kind kind-${hit.kind}`, config.text.kinds[hit.kind]) : null;
}

/**
 * One line per page for the header panel: the best section, its page and kind, the excerpt. The
 * page's title is part of the link, so sections with the same title ("What to do") are told apart.
 */
function compactHit(config: SearchConfig, hit: Hit): HTMLLIElement {
  const item = element('li', 'hit');
  const best = hit.sections[0];
  const anchor = element('a', 'hit-link');
  anchor.href = best?.url ?? hit.url;
  const title = element('span', 'hit-title');
  title.append(...text(config, best?.title ?? hit.title));
  anchor.append(title);
  if (best && best.title !== hit.title) {
    const page = element('span', 'hit-page');
    page.append(...text(config, hit.title));
    anchor.append(' ', page);
  }
  item.append(anchor);
  const kind = kindLabel(config, hit);
  if (kind) {
    const context = element('p', 'hit-context');
    context.append(kind);
    item.append(context);
  }
  if (best) item.append(excerpt(config, best.excerpt));
  return item;
}

/** A page with a heading, its kind and its matching sections, for the search page. */
function fullHit(config: SearchConfig, hit: Hit): HTMLLIElement {
  const item = element('li', 'hit');
  const heading = element('h3', 'hit-heading');
  const anchor = element('a', 'hit-link');
  anchor.href = hit.url;
  anchor.append(...text(config, hit.title));
  heading.append(anchor);
  item.append(heading);
  const kind = kindLabel(config, hit);
  if (kind) item.append(kind);
  const sections = element('ul', 'hit-sections');
  for (const section of hit.sections) {
    // The page's own title (its top, or a heading that repeats the title) needs no second link.
    if (section.url === hit.url || section.title === hit.title) {
      item.append(excerpt(config, section.excerpt));
      continue;
    }
    const entry = element('li', '');
    const sectionLink = element('a', '');
    sectionLink.href = section.url;
    sectionLink.append(...text(config, section.title));
    entry.append(sectionLink, excerpt(config, section.excerpt));
    sections.append(entry);
  }
  if (sections.childNodes.length > 0) item.append(sections);
  return item;
}

/**
 * The "no good match" explanation with its way to troubleshooting, from the configuration's words:
 * a <template> in every page's header would show in text browsers, which know no templates.
 */
function noMatchBlock(config: SearchConfig): Node[] {
  const action = element('p', 'no-match-action');
  action.append(link('no-match-link', config.troubleshootingPage, config.text.troubleshooting));
  return [element('p', 'no-match-text', config.text.noMatchText), action];
}

const searchPageFor = (config: SearchConfig, query: string) => `${config.searchPage}?q=${encodeURIComponent(query)}`;

/** What the status line says for a settled state (screen readers hear it once the query settles). */
export function statusOf(config: SearchConfig, state: SearchState): (string | Node)[] {
  switch (state.name) {
    case 'results':
      return resultsSentence(config, state.hits.length, state.query);
    case 'no-match':
      return sentence(config.text.noMatch, state.query);
    case 'failed':
      return [config.text.failed];
    default:
      return [];
  }
}

/** The state's content for the panel or the search page. */
export function contentOf(config: SearchConfig, state: SearchState, variant: Variant): Node[] {
  switch (state.name) {
    case 'idle':
      return [];
    case 'loading':
      return [element('p', 'search-loading', config.text.loading)];
    case 'results': {
      const list = element('ol', 'search-hits');
      list.append(...state.hits.map((hit) => (variant === 'compact' ? compactHit(config, hit) : fullHit(config, hit))));
      if (variant === 'full') return [list];
      const all = link('search-all', searchPageFor(config, state.query), '');
      all.append(...sentence(config.text.seeAll, state.query));
      return [list, all];
    }
    case 'no-match': {
      const title = element('p', 'no-match-title');
      title.append(...sentence(config.text.noMatch, state.query));
      return [title, ...noMatchBlock(config)];
    }
    case 'failed': {
      const message = element('p', 'search-failed', config.text.failed);
      const ways = element('p', 'search-failed-links');
      // The search page lists every section without Pagefind (and loading it again is a retry).
      ways.append(
        link('', searchPageFor(config, state.query), config.text.failedSearchPage),
        ' ',
        link('', config.troubleshootingPage, config.text.troubleshooting),
      );
      return [message, ways];
    }
  }
}
