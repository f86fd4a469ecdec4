/**
 * Always loaded, so kept tiny: it only listens. Ctrl/Cmd+K puts the cursor in the search field (no
 * single-character shortcut such as "/": it would fire for speech-input and keyboard users typing
 * elsewhere, WCAG 2.1.4); focusing or typing in it loads the results panel, and the panel loads Pagefind on the first
 * query. On the search page it loads the page's own results view. A page that is only read
 * downloads no search code and no index.
 */
// An address, not a bundled import: see src/integrations/lazy-chunk.ts (keeps Vite's preload helper out).
// One chunk for the panel and the page (see ./search/ui.ts): one request on first use.
import uiUrl from './search/ui.ts?lazy-chunk';

type Ui = typeof import('./search/ui.ts');
const ui = () => import(/* @vite-ignore */ uiUrl) as Promise<Ui>;

const headerForm = document.querySelector<HTMLFormElement>('[data-search-box]');
const pageForm = document.querySelector<HTMLFormElement>('[data-search-page]');

if (headerForm) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void ui().then(({ enhancePanel }) => enhancePanel(headerForm));
  };
  headerForm.addEventListener('focusin', start);
  headerForm.addEventListener('input', start);
}

if (pageForm) void ui().then(({ enhancePage }) => enhancePage(pageForm));

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
