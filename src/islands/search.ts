/**
 * Always loaded, so kept tiny: it only listens. Ctrl/Cmd+K puts the cursor in the search field (no
 * single-character shortcut such as "/": it would fire for speech-input and keyboard users typing
 * elsewhere, WCAG 2.1.4); focusing or typing in it loads the results panel, and the panel loads Pagefind on the first
 * query. On the search page it loads the page's own results view. A page that is only read
 * downloads no search code and no index.
 */
// Addresses, not bundled imports: see src/integrations/lazy-chunk.ts (keeps Vite's preload helper out).
import panelUrl from './search/panel.ts?lazy-chunk';
import pageUrl from './search/page.ts?lazy-chunk';

type Enhance = { enhance: (form: HTMLFormElement) => void };

const headerForm = document.querySelector<HTMLFormElement>('[data-search-box]');
const pageForm = document.querySelector<HTMLFormElement>('[data-search-page]');

if (headerForm) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void (import(/* @vite-ignore */ panelUrl) as Promise<Enhance>).then(({ enhance }) => enhance(headerForm));
  };
  headerForm.addEventListener('focusin', start);
  headerForm.addEventListener('input', start);
}

if (pageForm) void (import(/* @vite-ignore */ pageUrl) as Promise<Enhance>).then(({ enhance }) => enhance(pageForm));

/** Where Ctrl+K belongs to the field (a browser or editor may use it). */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

document.addEventListener('keydown', (event) => {
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (!commandK || event.defaultPrevented || event.isComposing || isEditable(event.target)) return;
  // On the search page its own field is the one to type in.
  const field = (pageForm ?? headerForm)?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
