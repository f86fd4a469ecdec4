/**
 * The only script every page runs at load: it registers two delegated click listeners and does
 * nothing else until the reader acts. Heavier code loads on first use.
 */
import { rememberLocale } from './remembered-locale.ts';

document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element)) return;
  const englishOriginal = event.target.closest<HTMLAnchorElement>('a[data-english-original]');
  if (englishOriginal && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
    void import('./english-original.ts').then(({ showEnglishOriginal }) => showEnglishOriginal(englishOriginal));
    return;
  }
  // Choosing a language in the picker or on `/` is the reader's choice: remember it for `/`.
  const localeLink = event.target.closest<HTMLAnchorElement>('a[data-locale-link]');
  if (localeLink?.dataset['localeLink']) rememberLocale(localeLink.dataset['localeLink']);
});
