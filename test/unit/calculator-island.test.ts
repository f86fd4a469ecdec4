/**
 * The calculator island's pure parts (src/islands/calculator/): what the notice says about an
 * ignored parameter, when a change is a new history entry, what the result holds for answers and
 * which of the form's choices show them.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/rules/answers.ts';
import { addressOf, historyStep, noChange, settleMs } from '../../src/islands/calculator/history.ts';
import { maxProblems, maxShown, noticeLines, visibleText } from '../../src/islands/calculator/notice.ts';
import { isAnswer, resultPlan, ticked, updatedText } from '../../src/islands/calculator/render.ts';

const words = { emptyName: 'a parameter without a name', reason: (reason: string) => reason, lookalike: 'looks like {value}' };
const parse = (query: string) => parseAnswers(new URLSearchParams(query));

describe('the notice', () => {
  it('shows invisible and reordering characters as escapes, and cuts long text', () => {
    expect(visibleText('gold\u202eevil\u200b')).toBe('gold[U+202E]evil[U+200B]');
    expect(visibleText('x'.repeat(maxShown + 10))).toBe(`${'x'.repeat(maxShown)}…`);
  });

  it('names what was ignored and why, the address text kept apart from the page words', () => {
    const { problems } = parse('colour=red&product=fridge');
    expect(noticeLines(problems, words)).toEqual([
      [{ untrusted: 'colour=red' }, { text: ' — unknown-parameter' }],
      [{ untrusted: 'product=fridge' }, { text: ' — invalid-value' }],
    ]);
  });

  it('calls a parameter without a name that, and says which valid value a lookalike imitates', () => {
    const { problems } = parse('=x&offer=g\u043eld:security');
    expect(noticeLines(problems, words)).toEqual([
      [{ emphasis: 'a parameter without a name' }, { text: ' ' }, { untrusted: '=x' }, { text: ' — unknown-parameter' }],
      [
        { untrusted: 'offer=g\u043eld:security' },
        { text: ' — invalid-value' },
        { text: '; looks like ' },
        { code: 'gold:security' },
        { text: '' },
      ],
    ]);
  });

  it(`lists at most ${maxProblems} problems, then "…"`, () => {
    const { problems } = parse(Array.from({ length: maxProblems + 5 }, (_, index) => `p${index}=1`).join('&'));
    const lines = noticeLines(problems, words);
    expect(lines).toHaveLength(maxProblems + 1);
    expect(lines.at(-1)).toEqual([{ text: '…' }]);
  });
});

describe('the history', () => {
  it('folds a run of changes to one question into one entry, and starts a new one otherwise', () => {
    const first = { name: 'role', at: 1000 };
    expect(historyStep(noChange, first)).toBe('push');
    expect(historyStep(first, { name: 'role', at: 1000 + settleMs - 1 })).toBe('replace');
    expect(historyStep(first, { name: 'role', at: 1000 + settleMs })).toBe('push');
    expect(historyStep(first, { name: 'product', at: 1001 })).toBe('push');
    // A submit (no control named) is always its own entry.
    expect(historyStep({ name: '', at: 1000 }, { name: '', at: 1001 })).toBe('push');
  });

  it('writes the page itself when no question is answered, keeping the fragment', () => {
    expect(addressOf('', '/en/calculator/', '#result-title')).toBe('/en/calculator/#result-title');
    expect(addressOf('product=cloud', '/en/calculator/', '')).toBe('?product=cloud');
  });
});

describe('the result', () => {
  it('holds a row per offer with its two cells, each cited section once, the steps and silences', () => {
    const plan = resultPlan(parse('offer=action-pack&offer=gold:other&product=cloud').answers);
    expect(plan.rows).toEqual([
      { offer: 'action-pack', cells: ['action-pack product-support', 'action-pack signature-cloud-support'] },
      { offer: 'gold:other', cells: ['gold:other product-support', 'gold:other signature-cloud-support'] },
    ]);
    expect(plan.whys).toEqual(['entitlements#entitlement-table', 'access-id-error#action-pack']);
    expect(plan.steps).toContain('request-azure-portal');
    expect(plan.silences).toEqual(['offers-combined', 'other-competencies']);
    expect(updatedText('Offers: {offers}. Steps: {steps}.', plan)).toBe(`Offers: 2. Steps: ${plan.steps.length}.`);
  });

  it('holds no rows when no offer is held', () => {
    const plan = resultPlan(parse('').answers);
    expect(plan.rows).toEqual([]);
    expect(plan.steps).toEqual(['no-offer']);
  });
});

describe('the form', () => {
  it('ticks the held offers and given answers, and "not answered" (value "") for a question without one', () => {
    const { answers, problems } = parse('offer=action-pack&product=cloud&role=');
    expect(problems).toEqual([]);
    expect(ticked(answers, 'offer', 'action-pack')).toBe(true);
    expect(ticked(answers, 'offer', 'gold:other')).toBe(false);
    expect(ticked(answers, 'product', 'cloud')).toBe(true);
    expect(ticked(answers, 'product', '')).toBe(false);
    expect(ticked(answers, 'role', '')).toBe(true);
    expect(ticked(answers, 'activated', '')).toBe(true);
    expect(ticked(answers, 'activated', 'yes')).toBe(false);
  });

  it('lists no answer for a question left on "not answered"', () => {
    expect(isAnswer('')).toBe(false);
    expect(isAnswer('cloud')).toBe(true);
  });
});
