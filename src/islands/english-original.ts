/**
 * Shows a translated section's English original in place, below the translation, loaded on the
 * first request from the English page itself (sections match by their fixed anchor). The link
 * becomes a toggle button; without JavaScript it simply opens the English section.
 *
 * The English page is only trusted as far as it can be checked: it must be the English page asked
 * for (its canonical address), and only text elements are copied, rebuilt from a small safe subset.
 * Any failure shows the prepared message beside the link, which then works as a plain link.
 */
import { sanitisedCopy } from './english-original/sanitise.ts';

const pages = new Map<string, Promise<Document>>();

/** The English page, fetched once per address however often it is asked for. */
function englishPage(url: URL): Promise<Document> {
  let page = pages.get(url.href);
  if (!page) {
    page = fetch(url.href, { headers: { accept: 'text/html' } }).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} for ${url.href}`);
      if (!/^text\/html\b/.test(response.headers.get('content-type') ?? '')) throw new Error(`not HTML: ${url.href}`);
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      // Another page's HTML (a proxy's error page, a redirect to the home page) is not the original.
      const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href');
      if (!canonical || new URL(canonical, url).pathname !== url.pathname || !/^en\b/i.test(doc.documentElement.lang)) {
        throw new Error(`not the English page ${url.pathname}`);
      }
      return doc;
    });
    pages.set(url.href, page);
  }
  return page;
}

/** The English section: its heading text and the nodes up to the next `##` heading. */
function sectionOf(doc: Document, id: string): { title: string; nodes: Node[] } | null {
  const heading = doc.getElementById(id);
  if (!heading || heading.tagName !== 'H2') return null;
  const nodes: Node[] = [];
  for (let node = heading.nextSibling; node && !(node instanceof Element && node.tagName === 'H2'); node = node.nextSibling) {
    nodes.push(node);
  }
  return nodes.length > 0 ? { title: heading.textContent ?? '', nodes } : null;
}

/** A line beside the link saying what is happening; one per section, reused. */
function statusLine(holder: HTMLElement, className: string, text: string): void {
  let line = holder.querySelector<HTMLElement>('.english-original-status');
  if (!line) {
    line = document.createElement('span');
    line.setAttribute('role', 'status');
    holder.append(' ', line);
  }
  line.className = `english-original-status ${className}`;
  line.textContent = text;
}

export async function showEnglishOriginal(link: HTMLAnchorElement): Promise<void> {
  // One request and one replacement however often the link is clicked while it loads.
  if (link.dataset['englishState']) return;
  link.dataset['englishState'] = 'loading';
  const id = link.dataset['englishOriginal'] ?? '';
  const holder = link.parentElement!;
  const url = new URL(link.href);
  url.hash = '';
  // Shown only when loading takes long enough to notice.
  const loadingShown = setTimeout(() => statusLine(holder, 'is-loading', link.dataset['loading'] ?? ''), 300);
  link.setAttribute('aria-busy', 'true');

  let section: ReturnType<typeof sectionOf> = null;
  try {
    section = sectionOf(await englishPage(url), id);
  } catch {
    section = null;
  }
  clearTimeout(loadingShown);
  link.removeAttribute('aria-busy');

  if (!section || !link.isConnected) {
    // The link now does what it does without JavaScript: open the English page at this section.
    delete link.dataset['englishOriginal'];
    link.dataset['englishState'] = 'failed';
    statusLine(holder, 'is-failed', link.dataset['failed'] ?? '');
    return;
  }

  const panel = document.createElement('div');
  panel.id = `english-original-${id}`;
  panel.className = 'english-original-text';
  panel.lang = 'en';
  const title = document.createElement('p');
  title.className = 'english-original-title';
  title.textContent = section.title;
  panel.append(title, sanitisedCopy(section.nodes, url));

  // Same words as the link, and the section's heading in the name (aria-labelledby), so each
  // section's toggle is told apart; its state is only aria-expanded.
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary english-original-toggle';
  button.id = link.id;
  button.textContent = link.textContent;
  const labelledBy = link.getAttribute('aria-labelledby');
  if (labelledBy) button.setAttribute('aria-labelledby', labelledBy);
  button.setAttribute('aria-controls', panel.id);
  button.setAttribute('aria-expanded', 'true');
  button.addEventListener('click', () => {
    const expanded = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(expanded));
    panel.hidden = !expanded;
  });
  holder.querySelector('.english-original-status')?.remove();
  link.replaceWith(button);
  holder.after(panel);
  button.focus();
}
