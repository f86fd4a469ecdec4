/**
 * The only script every page runs at load. Each part of a page that does something is a custom
 * element wrapping the markup it enhances (the one pattern for browser code, as the calculator and
 * the troubleshooter): `<print-button>`, `<english-original>` and `<language-picker>` here,
 * `<site-search>` and `<search-page>` in ./search.ts. Their constructors only add listeners to the
 * element; heavier code loads on first use. Elements the troubleshooter swaps in later are upgraded
 * by the browser like those parsed with the page.
 */
import { rememberLocale } from './remembered-locale.ts';
// The search elements: part of this one script, so a page loads no second one.
import './search.ts';
// An address, not a bundled import: see src/integrations/lazy-chunk.ts (keeps Vite's preload helper out).
import englishOriginalUrl from './english-original.ts?lazy-chunk';

type EnglishOriginal = typeof import('./english-original.ts');

// The fallback for browsers without the `scripting` media feature: controls that work only with
// JavaScript (print buttons) are shown through this class too (src/styles/site.css).
document.documentElement.classList.add('js');

// A printed page carries its full address, answers in the query included.
addEventListener('beforeprint', () => {
  for (const address of document.querySelectorAll('[data-print-address]')) address.textContent = location.href;
});

/** An element class that calls `act` when a descendant matching `selector` is clicked. */
function onClick<T extends Element>(selector: string, act: (target: T, event: MouseEvent) => void) {
  return class extends HTMLElement {
    constructor() {
      super();
      this.addEventListener('click', (event) => {
        const target = event.target instanceof Element ? event.target.closest<T>(selector) : null;
        if (target) act(target, event);
      });
    }
  };
}

const elements = {
  /** Its button opens the browser's print dialog. */
  'print-button': onClick('button[data-print]', () => print()),
  /** Its link shows the section's English original in place (./english-original.ts). */
  'english-original': onClick<HTMLAnchorElement>('a[data-english-original]', (link, event) => {
    // A modified click opens the English page itself, as the reader asked.
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void (import(/* @vite-ignore */ englishOriginalUrl) as Promise<EnglishOriginal>).then(({ showEnglishOriginal }) =>
      showEnglishOriginal(link),
    );
  }),
  /** Choosing a language is the reader's choice, remembered for `/`. */
  'language-picker': onClick<HTMLAnchorElement>('a[data-locale-link]', (link) => {
    if (link.dataset['localeLink']) rememberLocale(link.dataset['localeLink']);
  }),
};
for (const [name, element] of Object.entries(elements)) if (!customElements.get(name)) customElements.define(name, element);
