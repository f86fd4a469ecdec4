/**
 * The search elements, part of the script every page runs, so kept tiny: they only listen.
 * Ctrl/Cmd+K puts the cursor in the search field (no single-character shortcut such as "/": it
 * would fire for speech-input and keyboard users typing elsewhere, WCAG 2.1.4); focusing or typing
 * in it loads the results panel, and the panel loads Pagefind on the first query. On the search
 * page the page's own results view loads at once. A page that is only read downloads no search
 * code and no index.
 */
// An address, not a bundled import: see src/integrations/lazy-chunk.ts (keeps Vite's preload helper out).
// One chunk for the panel and the page (see ./search/ui.ts): one request on first use.
import uiUrl from './search/ui.ts?lazy-chunk';

type Ui = typeof import('./search/ui.ts');
const ui = () => import(/* @vite-ignore */ uiUrl) as Promise<Ui>;

/** Where Ctrl+K belongs to the field (a browser or editor may use it). */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/**
 * `<site-search>`: the header's search form. Focusing or typing in it loads the results panel;
 * Ctrl/Cmd+K anywhere on the page puts the cursor in the search field (the search page's own
 * field on the search page).
 */
class SiteSearch extends HTMLElement {
  private started = false;

  constructor() {
    super();
    const start = () => {
      const form = this.querySelector('form');
      if (this.started || !form) return;
      this.started = true;
      void ui().then(({ enhancePanel }) => enhancePanel(form));
    };
    this.addEventListener('focusin', start);
    this.addEventListener('input', start);
  }

  connectedCallback(): void {
    document.addEventListener('keydown', this.shortcut);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.shortcut);
  }

  private readonly shortcut = (event: KeyboardEvent): void => {
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!commandK || event.defaultPrevented || event.isComposing || isEditable(event.target)) return;
    const field =
      document.querySelector<HTMLInputElement>('search-page input[type="search"]') ??
      this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
  };
}

/** `<search-page>`: the search page's form, whose results view loads at once. */
class SearchPage extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (this.started || !form) return;
    this.started = true;
    void ui().then(({ enhancePage }) => enhancePage(form));
  }
}

for (const [name, element] of Object.entries({ 'site-search': SiteSearch, 'search-page': SearchPage }))
  if (!customElements.get(name)) customElements.define(name, element);
