/**
 * The calculator in the browser. The answers live in the URL query (answers.ts); on load, on
 * every change of the form and on back/forward, the island runs the same evaluator as the build
 * and assembles the result from what the build rendered: rows of the entitlement matrix, and
 * <template> elements for every step, note and heading. Text from the URL is only ever shown
 * through textContent (the "ignored" notice); it never becomes markup.
 */
import { formatAnswers, offerParam, parseAnswers, type Answers, type ParamProblem } from '../rules/answers.ts';
import { evaluate } from '../rules/evaluate.ts';

/** Longest piece of an ignored parameter the notice repeats; the rest is cut with "…". */
const maxShown = 60;
/** Most ignored parameters listed; a URL can hold thousands. */
const maxProblems = 20;

const root = document.querySelector<HTMLElement>('[data-calculator]');
if (root) start(root);

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
  const noticeList = find<HTMLElement>('[data-notice-list]');
  const matrix = find<HTMLTableElement>('[data-matrix]');
  const reference = find<HTMLDetailsElement>('[data-reference]');

  // What the build rendered, by id: matrix rows and cells, "why" links, templates.
  const byData = (attribute: string) => {
    const map = new Map<string, Element>();
    for (const element of root.querySelectorAll(`[${attribute}]`)) map.set(element.getAttribute(attribute)!, element);
    return map;
  };
  const rows = byData('data-offer-row');
  const whys = byData('data-why');
  const parts = byData('data-part');
  const steps = byData('data-step');
  const silences = byData('data-silence');
  const reasons = byData('data-reason');
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
      control.checked = control.name === 'offer' ? offers.has(control.value) : single[control.name] === control.value;
    }
  }

  /** The result for the answers: entitlements of each held offer, next steps, silences. */
  function render(answers: Answers): void {
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
  }

  /**
   * The answers as the form shows them (legend, then the chosen labels), for the printed result;
   * built from the form's own text, never from the URL.
   */
  function answersGiven(): DocumentFragment {
    const block = fromTemplate(parts.get('answers'));
    const list = block.querySelector('dl');
    for (const fieldset of form.querySelectorAll('fieldset')) {
      const chosen = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].filter(
        (input) => input.closest('fieldset') === fieldset,
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

  /** The visible list of what the URL held that the calculator ignored, as plain text. */
  function report(problems: readonly ParamProblem[]): void {
    const cut = (text: string) => (text.length > maxShown ? `${text.slice(0, maxShown)}…` : text);
    const items = problems.slice(0, maxProblems).map((problem) => {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = cut(problem.value === '' ? problem.param : `${problem.param}=${problem.value}`);
      const reason = reasons.get(problem.reason);
      item.append(code, ` — ${reason instanceof HTMLTemplateElement ? reason.content.textContent : problem.reason}`);
      return item;
    });
    if (problems.length > maxProblems) items.push(Object.assign(document.createElement('li'), { textContent: '…' }));
    noticeList.replaceChildren(...items);
    notice.hidden = problems.length === 0;
  }

  /** Language links keep the answers, so switching language shows the same result. */
  function carryQuery(query: string): void {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-locale-link]')) link.search = query;
  }

  /** Shows what the current URL says; returns its canonical query. */
  function showLocation(): string {
    const { answers, problems } = parseAnswers(new URLSearchParams(location.search));
    tick(answers);
    render(answers);
    report(problems);
    const query = formatAnswers(answers);
    carryQuery(query);
    return query;
  }

  let current = showLocation();

  /** Reads the form; when the answers changed, records them in the history and shows the result. */
  function update(): void {
    const { answers } = parseAnswers([...new FormData(form)].map(([name, value]) => [name, String(value)] as const));
    const query = formatAnswers(answers);
    if (query === current) return;
    history.pushState(null, '', query ? `?${query}` : location.pathname);
    current = query;
    render(answers);
    report([]);
    carryQuery(query);
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    // The explicit "show" request moves to the result, which is announced anyway.
    heading.focus();
  });
  addEventListener('popstate', () => {
    current = showLocation();
  });

  // With the interactive result shown, the full reference folds away (it stays one click away).
  find<HTMLElement>('[data-no-js]').hidden = true;
  reference.open = false;
  result.hidden = false;
}
