/**
 * Shows a translated section's English original in place, below the translation, loaded on the
 * first request from the English page itself (sections match by their fixed anchor). The link
 * becomes a toggle button; without JavaScript it simply opens the English section.
 */
const pages = new Map<string, Promise<Document>>();

function englishPage(url: string): Promise<Document> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} for ${url}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    pages.set(url, page);
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
  return { title: heading.textContent ?? '', nodes };
}

function setExpanded(button: HTMLButtonElement, panel: HTMLElement, expanded: boolean): void {
  panel.hidden = !expanded;
  button.setAttribute('aria-expanded', String(expanded));
  button.textContent = (expanded ? button.dataset['hide'] : button.dataset['show']) ?? '';
}

export async function showEnglishOriginal(link: HTMLAnchorElement): Promise<void> {
  const id = link.dataset['englishOriginal'] ?? '';
  const url = new URL(link.href);
  url.hash = '';
  let section: ReturnType<typeof sectionOf>;
  try {
    section = sectionOf(await englishPage(url.href), id);
  } catch {
    section = null;
  }
  if (!section) {
    location.assign(link.href); // fall back to what the link does without JavaScript
    return;
  }

  const panel = document.createElement('div');
  panel.id = `english-original-${id}`;
  panel.className = 'english-original-text';
  panel.lang = 'en';
  const title = document.createElement('p');
  title.className = 'english-original-title';
  title.textContent = section.title;
  panel.append(title, ...section.nodes.map((node) => document.importNode(node, true)));
  // Ids in the copy would clash with the translation's own.
  panel.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.dataset['show'] = link.dataset['show'] ?? '';
  button.dataset['hide'] = link.dataset['hide'] ?? '';
  button.setAttribute('aria-controls', panel.id);
  button.addEventListener('click', () => setExpanded(button, panel, panel.hasAttribute('hidden')));
  const holder = link.parentElement!;
  link.replaceWith(button);
  holder.after(panel);
  setExpanded(button, panel, true);
  button.focus();
}
