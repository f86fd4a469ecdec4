/**
 * The search page with JavaScript: reads `?q=` and `?kind=`, shows results as the reader types or
 * changes the kind filter, and keeps the address in step so a result list can be shared or reloaded.
 */
import { reducedQuery, reducePastes, searchController } from './controller.ts';
import { readConfig } from './text.ts';
import { searchKinds, type SearchKind } from '../../search/types.ts';

const isKind = (value: string | null): value is SearchKind => searchKinds.includes(value as SearchKind);

export function enhance(form: HTMLFormElement): void {
  const config = readConfig();
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const body = results?.querySelector<HTMLElement>('[data-search-results-body]');
  if (!config || !input || !status || !results || !body) return;
  const heading = Object.assign(document.createElement('h2'), { textContent: results.getAttribute('aria-label') ?? '' });
  results.prepend(heading);

  const search = searchController(config, {
    container: body,
    status,
    variant: 'full',
    limit: 10,
    sections: 3,
    shown: (state) => (results.hidden = state.name === 'idle'),
  });

  const chosenKind = (): SearchKind | undefined => {
    const value = form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? null;
    return isKind(value) ? value : undefined;
  };

  function remember(query: string, kind: SearchKind | undefined): void {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (kind) url.searchParams.set('kind', kind);
    else url.searchParams.delete('kind');
    history.replaceState(history.state, '', url);
  }

  function run(): void {
    const query = input!.value.trim();
    const kind = chosenKind();
    remember(query, kind);
    void search({ query, kind });
  }

  const params = new URLSearchParams(location.search);
  // A long `?q=` (a log pasted into an address) is searched, and shown, by its discriminating words.
  input.value = reducedQuery(config, params.get('q') ?? input.value);
  const kind = params.get('kind');
  if (isKind(kind)) {
    const radio = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${kind}"]`);
    if (radio) radio.checked = true;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener('input', run);
  reducePastes(config, input, run);
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'kind') run();
  });
  if (input.value.trim()) run();
}
