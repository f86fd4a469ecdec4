/**
 * Result markup, built with DOM calls. Only Pagefind's excerpts carry markup, and of that only
 * <mark> survives; everything else (titles, the query) goes in as text.
 */
import type { Hit } from './engine.ts';
import type { SearchConfig } from '../../search/types.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as a paragraph: the text of Pagefind's HTML with its <mark> highlights and nothing else. */
export function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p', 'hit-excerpt');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') paragraph.append(element('mark', '', node.textContent ?? ''));
    else paragraph.append(node.textContent ?? '');
  }
  return paragraph;
}

function kindLabel(config: SearchConfig, hit: Hit): HTMLElement | null {
  return hit.kind ? element('span', `hit-kind kind-${hit.kind}`, config.text.kinds[hit.kind]) : null;
}

/** One line per page for the header panel: the best section, its page and kind, the excerpt. */
export function compactHit(config: SearchConfig, hit: Hit): HTMLLIElement {
  const item = element('li', 'hit');
  const best = hit.sections[0];
  const link = element('a', 'hit-link');
  link.href = best?.url ?? hit.url;
  link.append(element('span', 'hit-title', best?.title ?? hit.title));
  item.append(link);
  const context = element('p', 'hit-context');
  const kind = kindLabel(config, hit);
  if (kind) context.append(kind);
  if (best && best.title !== hit.title) context.append(element('span', 'hit-page', hit.title));
  if (context.childNodes.length > 0) item.append(context);
  if (best) item.append(excerpt(best.excerpt));
  return item;
}

/** A page with a heading, its kind and its matching sections, for the search page. */
export function fullHit(config: SearchConfig, hit: Hit): HTMLLIElement {
  const item = element('li', 'hit');
  const heading = element('h3', 'hit-heading');
  const link = element('a', 'hit-link', hit.title);
  link.href = hit.url;
  heading.append(link);
  item.append(heading);
  const kind = kindLabel(config, hit);
  if (kind) item.append(kind);
  const sections = element('ul', 'hit-sections');
  for (const section of hit.sections) {
    // The page's own title (its top, or a heading that repeats the title) needs no second link.
    if (section.url === hit.url || section.title === hit.title) {
      item.append(excerpt(section.excerpt));
      continue;
    }
    const entry = element('li', '');
    const sectionLink = element('a', '', section.title);
    sectionLink.href = section.url;
    entry.append(sectionLink, excerpt(section.excerpt));
    sections.append(entry);
  }
  if (sections.childNodes.length > 0) item.append(sections);
  return item;
}

/** The "no good match" block the build rendered in a <template>, with its way to troubleshooting. */
export function noMatch(): DocumentFragment {
  const template = document.getElementById('search-no-match') as HTMLTemplateElement | null;
  return template ? (template.content.cloneNode(true) as DocumentFragment) : document.createDocumentFragment();
}
