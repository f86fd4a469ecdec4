/**
 * The only script every page runs at load: it shows the print buttons and registers delegated
 * listeners, and does nothing else until the reader acts. Heavier code loads on first use.
 */
import { rememberLocale } from './remembered-locale.ts';
// The header search's listeners: part of this one script, so a page loads no second one.
import './search.ts';
// An address, not a bundled import: see src/integrations/lazy-chunk.ts (keeps Vite's preload helper out).
import englishOriginalUrl from './english-original.ts?lazy-chunk';

type EnglishOriginal = typeof import('./english-original.ts');

// Controls that work only with JavaScript (print buttons) are shown through this class, which also
// covers content the troubleshooting island swaps in later.
document.documentElement.classList.add('js');

// A printed page carries its full address, answers in the query included.
addEventListener('beforeprint', () => {
  for (const address of document.querySelectorAll('[data-print-address]')) address.textContent = location.href;
});

document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element)) return;
  if (event.target.closest('button[data-print]')) {
    print();
    return;
  }
  const englishOriginal = event.target.closest<HTMLAnchorElement>('a[data-english-original]');
  if (englishOriginal && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
    void (import(/* @vite-ignore */ englishOriginalUrl) as Promise<EnglishOriginal>).then(({ showEnglishOriginal }) =>
      showEnglishOriginal(englishOriginal),
    );
    return;
  }
  // Choosing a language in the picker or on `/` is the reader's choice: remember it for `/`.
  const localeLink = event.target.closest<HTMLAnchorElement>('a[data-locale-link]');
  if (localeLink?.dataset['localeLink']) rememberLocale(localeLink.dataset['localeLink']);
});
