/**
 * The search page with JavaScript: reads `?q=` and `?kind=`, shows results as the reader types or
 * changes the kind filter, and keeps the address in step so a result list can be shared or reloaded.
 */
import { find } from './engine.ts';
import { fullHit, noMatch } from './render.ts';
import { fill, readConfig, resultsText } from './text.ts';
import { searchKinds, type SearchKind } from '../../search/types.ts';

const isKind = (value: string | null): value is SearchKind => searchKinds.includes(value as SearchKind);

export function enhance(form: HTMLFormElement): void {
  const config = readConfig();
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const body = results?.querySelector<HTMLElement>('[data-search-results-body]');
  if (!config || !input || !status || !results || !body) return;
  let sequence = 0;

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

  async function run(): Promise<void> {
    const query = input!.value.trim();
    const kind = chosenKind();
    const mine = ++sequence;
    remember(query, kind);
    if (!query) {
      results!.hidden = true;
      results!.removeAttribute('data-query');
      body!.replaceChildren();
      status!.textContent = '';
      return;
    }
    try {
      const outcome = await find(config!, query, { kind, limit: 10, sections: 3 });
      if (mine !== sequence) return;
      if (outcome.hits.length > 0) {
        const list = document.createElement('ol');
        list.className = 'search-hits';
        list.append(...outcome.hits.map((hit) => fullHit(config!, hit)));
        body!.replaceChildren(list);
        status!.textContent = resultsText(config!, outcome.hits.length, query);
      } else {
        const message = document.createElement('p');
        message.className = 'no-match-title';
        message.textContent = fill(config!.text.noMatch, { query });
        body!.replaceChildren(message, noMatch());
        status!.textContent = message.textContent;
      }
      results!.dataset['query'] = query;
      results!.hidden = false;
    } catch {
      if (mine === sequence) status!.textContent = config!.text.failed;
    }
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? input.value;
  const kind = params.get('kind');
  if (isKind(kind)) {
    const radio = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${kind}"]`);
    if (radio) radio.checked = true;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'kind') void run();
  });
  if (input.value.trim()) void run();
}
