/**
 * The calculator in the browser. The answers live in the URL query (answers.ts); on load, on
 * every change of the form and on back/forward, the island runs the same evaluator as the build
 * and assembles the result from what the build rendered: rows of the entitlement matrix, and
 * <template> elements for every step, note and heading. Text from the URL is only ever shown
 * through textContent (the "ignored" notice); it never becomes markup.
 */
import { formatAnswers, offerParam, parseAnswers, queryPairs, type Answers, type ParamProblem } from '../rules/answers.ts';
import { evaluate } from '../rules/evaluate.ts';

/** Longest piece of an ignored parameter the notice repeats; the rest is cut with "…". */
const maxShown = 60;
/** Most ignored parameters listed; a URL can hold thousands. */
const maxProblems = 20;
/** Changes to one question within this time (arrow keys through a radio group) make one history entry. */
const settleMs = 2000;
/** The short status line waits this long for the changes to settle, so a run of changes is said once. */
const announceMs = 600;
/**
 * Characters a reader cannot see or that reorder text: controls, format characters (bidi overrides,
 * zero-width), private use, unassigned, line/paragraph separators, spaces other than U+0020,
 * variation selectors. The notice shows them as [U+XXXX].
 */
const unseen = /[\p{C}\p{Zl}\p{Zp}\u{fe00}-\u{fe0f}]|(?! )\p{Zs}/u;

/** Untrusted text as shown: invisible characters as visible escapes, cut after `maxShown` characters. */
function visibleText(text: string): string {
  let shown = '';
  let count = 0;
  for (const character of text) {
    if (count++ === maxShown) return `${shown}…`;
    shown += unseen.test(character) ? `[U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]` : character;
  }
  return shown;
}

/** `<entitlement-calculator>`: the page's calculator, brought to life once it is in the document. */
class EntitlementCalculator extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    start(this);
  }
}

if (!customElements.get('entitlement-calculator')) customElements.define('entitlement-calculator', EntitlementCalculator);

function start(root: HTMLElement): void {
  const find = <T extends Element>(selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`calculator: ${selector} is missing from the page`);
    return element;
  };
  const form = find<HTMLFormElement>('[data-calculator-form]');
  const result = find<HTMLElement>('[data-result]');
  const resultBody = find<HTMLElement>('[data-result-body]');
  const heading = find<HTMLElement>('#result-title');
  const notice = find<HTMLElement>('[data-notice]');
  const matrix = find<HTMLTableElement>('[data-matrix]');
  const status = find<HTMLElement>('[data-result-status]');
  const reference = find<HTMLDetailsElement>('[data-reference]');

  // What the build rendered, by id: matrix rows and cells, "why" links, templates.
  // The templates are in the page's head (text browsers would show them in the body).
  const byData = (attribute: string, scope: ParentNode = root) => {
    const map = new Map<string, Element>();
    for (const element of scope.querySelectorAll(`[${attribute}]`)) map.set(element.getAttribute(attribute)!, element);
    return map;
  };
  const rows = byData('data-offer-row');
  const whys = byData('data-why');
  const parts = byData('data-part', document.head);
  const steps = byData('data-step', document.head);
  const silences = byData('data-silence', document.head);
  const reasons = byData('data-reason', document.head);
  const texts = byData('data-text', document.head);
  const text = (id: string): string => {
    const template = texts.get(id);
    return template instanceof HTMLTemplateElement ? (template.content.textContent ?? '') : '';
  };
  const cells = new Map<string, Element>();
  for (const cell of matrix.querySelectorAll('[data-offer][data-benefit]')) {
    cells.set(`${cell.getAttribute('data-offer')} ${cell.getAttribute('data-benefit')}`, cell);
  }

  const fromTemplate = (template: Element | undefined): DocumentFragment =>
    template instanceof HTMLTemplateElement
      ? (template.content.cloneNode(true) as DocumentFragment)
      : document.createDocumentFragment();
  const copy = (element: Element | undefined | null): Node[] => (element ? [element.cloneNode(true)] : []);

  /** Sets the form's controls to the answers. */
  function tick(answers: Answers): void {
    const offers = new Set(answers.offers.map(offerParam));
    const single: Record<string, string | null> = {
      product: answers.product,
      account: answers.account,
      role: answers.role,
      activated: answers.activated,
    };
    for (const control of form.elements) {
      if (!(control instanceof HTMLInputElement)) continue;
      // A question without an answer ticks its "not answered" choice (value "").
      control.checked = control.name === 'offer' ? offers.has(control.value) : (single[control.name] ?? '') === control.value;
    }
  }

  /** The result for the answers: entitlements of each held offer, next steps, silences. Returns the counts. */
  function render(answers: Answers): { offers: number; steps: number } {
    const evaluation = evaluate(answers);
    const output = document.createDocumentFragment();
    output.append(answersGiven());

    if (answers.offers.length === 0) {
      output.append(fromTemplate(parts.get('no-offers')));
    } else {
      const block = fromTemplate(parts.get('entitlements'));
      const table = block.querySelector('table');
      const whyList = block.querySelector('.why-list');
      const cited = new Set<string>();
      if (table) {
        table.prepend(...copy(matrix.tHead));
        for (const offer of answers.offers) {
          const param = offerParam(offer);
          const row = document.createElement('tr');
          row.append(...copy(rows.get(param)?.querySelector('th')));
          for (const line of evaluation.entitlements.filter((candidate) => candidate.offer === param)) {
            row.append(...copy(cells.get(`${line.offer} ${line.benefit}`)));
            cited.add(`${line.source.section}#${line.source.anchor}`);
          }
          table.tBodies[0]?.append(row);
        }
      }
      for (const key of cited) whyList?.append(...copy(whys.get(key)));
      output.append(block);
    }

    const list = (part: string, items: readonly { id: string }[], templates: Map<string, Element>) => {
      if (items.length === 0) return;
      const block = fromTemplate(parts.get(part));
      block.querySelector('ol, ul')?.append(...items.map((item) => fromTemplate(templates.get(item.id))));
      output.append(block);
    };
    list('steps', evaluation.steps, steps);
    list('silences', evaluation.silences, silences);
    resultBody.replaceChildren(output);
    return { offers: answers.offers.length, steps: evaluation.steps.length };
  }

  let announcement: ReturnType<typeof setTimeout> | undefined;
  /**
   * One short, polite line per settled change ("Result updated. Offers: 2. Next steps: 3."), instead
   * of the whole result read again on every tick or arrow key.
   */
  function announce(counts: { offers: number; steps: number } | null): void {
    clearTimeout(announcement);
    status.textContent = '';
    if (!counts) return;
    announcement = setTimeout(() => {
      status.textContent = text('updated').replace('{offers}', String(counts.offers)).replace('{steps}', String(counts.steps));
    }, announceMs);
  }

  /**
   * The answers as the form shows them (legend, then the chosen labels), for the printed result;
   * built from the form's own text, never from the URL.
   */
  function answersGiven(): DocumentFragment {
    const block = fromTemplate(parts.get('answers'));
    const list = block.querySelector('dl');
    for (const fieldset of form.querySelectorAll('fieldset')) {
      // A question's "not answered" choice (value "") is no answer to list.
      const chosen = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].filter(
        (input) => input.value !== '' && input.closest('fieldset') === fieldset,
      );
      if (chosen.length === 0 || !list) continue;
      const term = document.createElement('dt');
      term.textContent = fieldset.querySelector('legend')?.textContent?.trim() ?? '';
      list.append(term);
      for (const input of chosen) {
        const detail = document.createElement('dd');
        detail.textContent = input.closest('label')?.textContent?.replace(/\s+/g, ' ').trim() ?? input.value;
        list.append(detail);
      }
    }
    return block;
  }

  /** Untrusted text in <code>, isolated (<bdi>) so right-to-left letters cannot reorder the sentence around it. */
  const untrusted = (value: string): HTMLElement => {
    const isolate = document.createElement('bdi');
    isolate.append(Object.assign(document.createElement('code'), { textContent: visibleText(value) }));
    return isolate;
  };

  /** The visible list of what the URL held that the calculator ignored, as plain text. */
  function report(problems: readonly ParamProblem[]): void {
    const items = problems.slice(0, maxProblems).map((problem) => {
      const item = document.createElement('li');
      if (problem.param === '') {
        // `?=` or `?=x`: say that the name is missing rather than show an empty bullet.
        item.append(Object.assign(document.createElement('em'), { textContent: text('empty-name') }));
        if (problem.value !== '') item.append(' ', untrusted(`=${problem.value}`));
      } else {
        item.append(untrusted(problem.value === '' ? problem.param : `${problem.param}=${problem.value}`));
      }
      const reason = reasons.get(problem.reason);
      item.append(` — ${reason instanceof HTMLTemplateElement ? reason.content.textContent : problem.reason}`);
      if (problem.lookalike !== undefined) {
        const [before = '', after = ''] = text('lookalike').split('{value}');
        item.append('; ', before, Object.assign(document.createElement('code'), { textContent: problem.lookalike }), after);
      }
      return item;
    });
    if (problems.length > maxProblems) items.push(Object.assign(document.createElement('li'), { textContent: '…' }));
    const list = document.createElement('ul');
    list.append(...items);
    notice.replaceChildren(
      ...(problems.length === 0 ? [] : [Object.assign(document.createElement('p'), { textContent: text('notice-title') }), list]),
    );
    notice.hidden = problems.length === 0;
  }

  /** Language links keep the answers, so switching language shows the same result. */
  function carryQuery(query: string): void {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-locale-link]')) link.search = query;
  }

  const addressOf = (query: string) => `${query ? `?${query}` : location.pathname}${location.hash}`;

  /**
   * Shows what the current URL says, then puts its clean form in the address bar, so a bookmark,
   * a shared link or a printout no longer carries what was ignored (the notice has said what).
   * Returns the clean query.
   */
  function showLocation(): { query: string; counts: { offers: number; steps: number } } {
    // queryPairs decodes `%3A` and the rest of the percent-encoding a browser submits.
    // One more problem than the notice lists tells it to end with "…".
    const { answers, problems } = parseAnswers(queryPairs(location.search), maxProblems + 1);
    tick(answers);
    const counts = render(answers);
    report(problems);
    const query = formatAnswers(answers);
    carryQuery(query);
    if (location.search !== (query ? `?${query}` : '')) history.replaceState(history.state, '', addressOf(query));
    return { query, counts };
  }

  let current = showLocation().query;
  /** The question last changed and when, to fold a run of changes to it into one history entry. */
  let lastChange = { name: '', at: -Infinity };

  /** Reads the form; when the answers changed, records them in the history and shows the result. */
  function update(event: Event): void {
    const { answers } = parseAnswers([...new FormData(form)].map(([name, value]) => [name, String(value)] as const));
    const query = formatAnswers(answers);
    if (query === current) return;
    const name = event.target instanceof HTMLInputElement ? event.target.name : '';
    const settling = name !== '' && name === lastChange.name && event.timeStamp - lastChange.at < settleMs;
    // Arrow keys through a radio group or a run of ticks is one step back, not one per key.
    if (settling) history.replaceState(null, '', addressOf(query));
    else history.pushState(null, '', addressOf(query));
    lastChange = { name, at: event.timeStamp };
    current = query;
    const counts = render(answers);
    report([]);
    carryQuery(query);
    announce(counts);
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(event);
    // The explicit "show" request moves to the result: its heading, then the whole result, is read.
    announce(null);
    heading.focus();
  });
  addEventListener('popstate', () => {
    const focused = document.activeElement;
    const wasInResult = focused instanceof Node && result.contains(focused);
    const shown = showLocation();
    current = shown.query;
    lastChange = { name: '', at: -Infinity };
    // Back/Forward re-renders: keep focus somewhere sensible. A radio that is no longer the
    // checked one hands focus to the one that is; focus that was in the replaced result goes to its heading.
    if (focused instanceof HTMLInputElement && focused.type === 'radio' && !focused.checked) {
      const checked = form.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(focused.name)}"]:checked`);
      checked?.focus();
    } else if (wasInResult && !result.contains(document.activeElement)) {
      heading.focus();
    }
    announce(shown.counts);
  });

  // With the interactive result shown, the full reference folds away (it stays one click away).
  find<HTMLElement>('[data-no-js]').hidden = true;
  reference.open = false;
  root.dataset['ready'] = '';
}
