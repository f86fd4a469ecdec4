/**
 * The header field's results panel: results appear under the field as the reader types. Arrow keys
 * move between the field and the result links (the down arrow reopens a closed panel), Esc closes
 * it and returns to the field, leaving the form closes it, and a status line tells screen readers
 * how many results there are. Enter still goes to the search page.
 */
import { reducePastes, searchController } from './controller.ts';
import { readConfig } from './text.ts';

export function enhance(form: HTMLFormElement): void {
  const config = readConfig();
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!config || !input || !panel || !status) return;

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const close = () => {
    panel.hidden = true;
  };
  const open = () => {
    panel.hidden = false;
    // Open towards the page when the panel would run past the window's edge from the field's start.
    panel.classList.remove('align-end');
    const box = panel.getBoundingClientRect();
    if (box.right > document.documentElement.clientWidth) panel.classList.add('align-end');
  };
  const search = searchController(config, {
    container: panel,
    status,
    variant: 'compact',
    limit: 5,
    sections: 1,
    // A late answer does not pop up over a page the reader has moved on to.
    shown: (state) => (state.name === 'idle' || !form.contains(document.activeElement) ? close() : open()),
  });
  const run = () => search({ query: input.value.trim() });

  input.addEventListener('input', () => void run());
  reducePastes(config, input, () => void run());
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !form.contains(event.relatedTarget)) close();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    // Back in the field after Esc or Tab, the down arrow shows the results again.
    if (panel.hidden && event.key === 'ArrowDown' && panel.dataset['query'] === input.value.trim()) open();
    if (panel.hidden) return;
    const targets = links();
    const at = targets.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (at === -1 && event.key === 'ArrowUp') return;
    event.preventDefault();
    (next < 0 ? input : targets[Math.min(next, targets.length - 1)])?.focus();
  });
  // The reader may have typed before this module arrived.
  if (input.value.trim()) void run();
}
