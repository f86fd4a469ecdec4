/**
 * Steps through the troubleshooting tree in place. Answer, "change" and "start again" links stay
 * plain links; this element fetches the linked node's static page, swaps its region into this one,
 * records the step in the browser history (so Back returns to the previous question) and moves focus
 * to the new heading. That focus move is the step's one announcement: screen readers read the heading
 * whichever way the reader went (an answer, Change, Back or Forward), so no status message repeats it.
 * Every word comes from the built page; nothing is computed.
 */

const regionSelector = '[data-tree-node]';

class TroubleshooterWalk extends HTMLElement {
  private readonly pages = new Map<string, Promise<Document>>();
  private shown = location.pathname;
  private latest = 0;

  connectedCallback(): void {
    this.addEventListener('click', this.onClick);
    window.addEventListener('popstate', this.onPopState);
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.onClick);
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-tree-link]');
    // Leave new tabs, downloads and the like to the browser.
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void this.show(link.href, true);
  };

  private readonly onPopState = (): void => {
    // A change of #fragment only (the skip link) is not a step through the tree.
    if (location.pathname !== this.shown) void this.show(location.href, false);
  };

  private load(url: string): Promise<Document> {
    let page = this.pages.get(url);
    if (!page) {
      page = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return new DOMParser().parseFromString(await response.text(), 'text/html');
      });
      // A failed fetch is not kept, so the next attempt tries again.
      page.catch(() => this.pages.delete(url));
      this.pages.set(url, page);
    }
    return page;
  }

  private async show(url: string, push: boolean): Promise<void> {
    const ticket = ++this.latest;
    let next: Element | null = null;
    let page: Document | undefined;
    try {
      page = await this.load(url);
      next = page.querySelector(regionSelector);
    } catch {
      next = null;
    }
    if (ticket !== this.latest) return; // a later click won
    const current = this.querySelector(regionSelector);
    if (!page || !next || !current) {
      location.assign(url); // fall back to the plain link
      return;
    }
    current.replaceWith(document.importNode(next, true));
    if (push) history.pushState(null, '', url);
    this.shown = new URL(url, location.href).pathname;
    document.title = page.title;
    // The language links lead to the same node in the other languages.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale-link]')) {
      const same = page.querySelector<HTMLAnchorElement>(`a[data-locale-link="${link.dataset['localeLink']}"]`);
      const href = same?.getAttribute('href');
      if (href) link.setAttribute('href', href);
    }
    this.querySelector<HTMLElement>(`${regionSelector} h1`)?.focus();
  }
}

for (const [name, element] of Object.entries({ 'troubleshooter-walk': TroubleshooterWalk }))
  if (!customElements.get(name)) customElements.define(name, element);
