/**
 * `<entitlement-calculator>`: the calculator in the browser. The answers live in the URL query
 * (answers.ts); on load, on every change of the form and on back/forward, it runs the same evaluator
 * as the build (./calculator/render.ts) and assembles the result from what the build rendered: rows
 * of the entitlement matrix, and <template> elements for every step, note and heading. Text from the
 * URL is only ever shown through textContent (./calculator/notice.ts); it never becomes markup.
 */
import {
  formatAnswers,
  parseAnswers,
  queryPairs,
  type Answers,
  type ParamProblem,
  type ProblemReason,
} from '../rules/answers.ts';
import { addressOf, historyStep, noChange, type Change } from './calculator/history.ts';
import { maxProblems, noticeLines, visibleText, type NoticePiece } from './calculator/notice.ts';
import { isAnswer, resultPlan, ticked, updatedText, type ResultPlan } from './calculator/render.ts';

/** The short status line waits this long for the changes to settle, so a run of changes is said once. */
const announceMs = 600;

/** What the build rendered inside `root` (the element, or the page's head), by the value of a data attribute. */
function byData(root: ParentNode, attribute: string): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const element of root.querySelectorAll(`[${attribute}]`)) map.set(element.getAttribute(attribute)!, element);
  return map;
}

const fromTemplate = (template: Element | undefined): DocumentFragment =>
  template instanceof HTMLTemplateElement
    ? (template.content.cloneNode(true) as DocumentFragment)
    : document.createDocumentFragment();
const copy = (element: Element | undefined | null): Node[] => (element ? [element.cloneNode(true)] : []);
const templateText = (template: Element | undefined): string | null =>
  template instanceof HTMLTemplateElement ? template.content.textContent : null;

/** A piece of the notice as a node: text from the address only as textContent. */
function noticeNode(piece: NoticePiece): Node | string {
  if ('text' in piece) return piece.text;
  if ('emphasis' in piece) return Object.assign(document.createElement('em'), { textContent: piece.emphasis });
  if ('code' in piece) return Object.assign(document.createElement('code'), { textContent: piece.code });
  const isolate = document.createElement('bdi');
  isolate.append(Object.assign(document.createElement('code'), { textContent: visibleText(piece.untrusted) }));
  return isolate;
}

class EntitlementCalculator extends HTMLElement {
  private started = false;
  private form!: HTMLFormElement;
  private result!: HTMLElement;
  private heading!: HTMLElement;
  private status!: HTMLElement;
  private matrix!: HTMLTableElement;
  private templates = new Map<string, Map<string, Element>>();
  /** The matrix's cells by `<offer> <benefit>`. */
  private cells = new Map<string, Element>();
  /** The query the page shows. */
  private current = '';
  private lastChange: Change = noChange;
  private announcement: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    this.form = this.find('[data-calculator-form]');
    this.result = this.find('[data-result]');
    this.heading = this.find('#result-title');
    this.status = this.find('[data-result-status]');
    this.matrix = this.find('[data-matrix]');
    for (const attribute of ['data-offer-row', 'data-why']) this.templates.set(attribute, byData(this, attribute));
    // The templates are in the page's head: text browsers, which know no <template>, would show them in the body.
    for (const attribute of ['data-part', 'data-step', 'data-silence', 'data-reason', 'data-text'])
      this.templates.set(attribute, byData(document.head, attribute));
    for (const cell of this.matrix.querySelectorAll('[data-offer][data-benefit]'))
      this.cells.set(`${cell.getAttribute('data-offer')} ${cell.getAttribute('data-benefit')}`, cell);
    this.current = this.showLocation().query;
    this.form.addEventListener('change', (event) => this.update(event));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(event);
      // The explicit "show" request moves to the result: its heading, then the whole result, is read.
      this.announce(null);
      this.heading.focus();
    });
    addEventListener('popstate', () => this.onPopState());
    // With the interactive result shown, the full reference folds away (it stays one click away).
    this.find('[data-no-js]').hidden = true;
    this.find<HTMLDetailsElement>('[data-reference]').open = false;
    this.dataset['ready'] = '';
  }

  private find<T extends HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`calculator: ${selector} is missing from the page`);
    return element;
  }

  private built(attribute: string, key: string): Element | undefined {
    return this.templates.get(attribute)?.get(key);
  }

  private text(id: string): string {
    return templateText(this.built('data-text', id)) ?? '';
  }

  /** Sets the form's controls to the answers. */
  private tick(answers: Answers): void {
    for (const control of this.form.elements)
      if (control instanceof HTMLInputElement) control.checked = ticked(answers, control.name, control.value);
  }

  /** The result for the answers: entitlements of each held offer, next steps, silences. */
  private render(answers: Answers): ResultPlan {
    const plan = resultPlan(answers);
    const output = document.createDocumentFragment();
    output.append(this.answersGiven());
    output.append(plan.rows.length === 0 ? fromTemplate(this.built('data-part', 'no-offers')) : this.entitlements(plan));
    const list = (part: string, ids: readonly string[], attribute: string) => {
      if (ids.length === 0) return;
      const block = fromTemplate(this.built('data-part', part));
      block.querySelector('ol, ul')?.append(...ids.map((id) => fromTemplate(this.built(attribute, id))));
      output.append(block);
    };
    list('steps', plan.steps, 'data-step');
    list('silences', plan.silences, 'data-silence');
    this.find('[data-result-body]').replaceChildren(output);
    return plan;
  }

  /** The rows of the held offers, copied from the matrix, and the "why" links they cite. */
  private entitlements(plan: ResultPlan): DocumentFragment {
    const block = fromTemplate(this.built('data-part', 'entitlements'));
    const table = block.querySelector('table');
    if (table) {
      table.prepend(...copy(this.matrix.tHead));
      for (const { offer, cells } of plan.rows) {
        const row = document.createElement('tr');
        row.append(...copy(this.built('data-offer-row', offer)?.querySelector('th')));
        for (const cell of cells) row.append(...copy(this.cells.get(cell)));
        table.tBodies[0]?.append(row);
      }
    }
    for (const key of plan.whys) block.querySelector('.why-list')?.append(...copy(this.built('data-why', key)));
    return block;
  }

  /**
   * The answers as the form shows them (legend, then the chosen labels), for the printed result;
   * built from the form's own text, never from the URL.
   */
  private answersGiven(): DocumentFragment {
    const block = fromTemplate(this.built('data-part', 'answers'));
    const list = block.querySelector('dl');
    for (const fieldset of this.form.querySelectorAll('fieldset')) {
      const chosen = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].filter(
        (input) => isAnswer(input.value) && input.closest('fieldset') === fieldset,
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

  /**
   * One short, polite line per settled change ("Result updated. Offers: 2. Next steps: 3."), instead
   * of the whole result read again on every tick or arrow key.
   */
  private announce(plan: ResultPlan | null): void {
    clearTimeout(this.announcement);
    this.status.textContent = '';
    if (!plan) return;
    this.announcement = setTimeout(() => {
      this.status.textContent = updatedText(this.text('updated'), plan);
    }, announceMs);
  }

  /** The visible list of what the URL held that the calculator ignored, as plain text. */
  private report(problems: readonly ParamProblem[]): void {
    const words = {
      emptyName: this.text('empty-name'),
      lookalike: this.text('lookalike'),
      reason: (reason: ProblemReason) => templateText(this.built('data-reason', reason)) ?? reason,
    };
    const items = noticeLines(problems, words).map((pieces) => {
      const item = document.createElement('li');
      item.append(...pieces.map(noticeNode));
      return item;
    });
    const list = document.createElement('ul');
    list.append(...items);
    const title = Object.assign(document.createElement('p'), { textContent: this.text('notice-title') });
    const notice = this.find('[data-notice]');
    notice.replaceChildren(...(problems.length === 0 ? [] : [title, list]));
    notice.hidden = problems.length === 0;
  }

  /** Language links keep the answers, so switching language shows the same result. */
  private carryQuery(query: string): void {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-locale-link]')) link.search = query;
  }

  /**
   * Shows what the current URL says, then puts its clean form in the address bar, so a bookmark,
   * a shared link or a printout no longer carries what was ignored (the notice has said what).
   */
  private showLocation(): { query: string; plan: ResultPlan } {
    // queryPairs decodes `%3A` and the rest of the percent-encoding a browser submits.
    // One more problem than the notice lists tells it to end with "…".
    const { answers, problems } = parseAnswers(queryPairs(location.search), maxProblems + 1);
    this.tick(answers);
    const plan = this.render(answers);
    this.report(problems);
    const query = formatAnswers(answers);
    this.carryQuery(query);
    if (location.search !== (query ? `?${query}` : ''))
      history.replaceState(history.state, '', addressOf(query, location.pathname, location.hash));
    return { query, plan };
  }

  /** Reads the form; when the answers changed, records them in the history and shows the result. */
  private update(event: Event): void {
    const { answers } = parseAnswers([...new FormData(this.form)].map(([name, value]) => [name, String(value)] as const));
    const query = formatAnswers(answers);
    if (query === this.current) return;
    const change = { name: event.target instanceof HTMLInputElement ? event.target.name : '', at: event.timeStamp };
    const address = addressOf(query, location.pathname, location.hash);
    // Arrow keys through a radio group or a run of ticks is one step back, not one per key.
    if (historyStep(this.lastChange, change) === 'replace') history.replaceState(null, '', address);
    else history.pushState(null, '', address);
    this.lastChange = change;
    this.current = query;
    const plan = this.render(answers);
    this.report([]);
    this.carryQuery(query);
    this.announce(plan);
  }

  private onPopState(): void {
    const focused = document.activeElement;
    const wasInResult = focused instanceof Node && this.result.contains(focused);
    const shown = this.showLocation();
    this.current = shown.query;
    this.lastChange = noChange;
    // Back/Forward re-renders: keep focus somewhere sensible. A radio that is no longer the
    // checked one hands focus to the one that is; focus that was in the replaced result goes to its heading.
    if (focused instanceof HTMLInputElement && focused.type === 'radio' && !focused.checked) {
      const name = CSS.escape(focused.name);
      this.form.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"]:checked`)?.focus();
    } else if (wasInResult && !this.result.contains(document.activeElement)) {
      this.heading.focus();
    }
    this.announce(shown.plan);
  }
}

for (const [name, element] of Object.entries({ 'entitlement-calculator': EntitlementCalculator }))
  if (!customElements.get(name)) customElements.define(name, element);
