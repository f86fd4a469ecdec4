/**
 * What the calculator's result shows for a set of answers, as ids of what the build rendered:
 * matrix rows and cells, "why" links, steps and silences. Pure; the element assembles the result
 * from these ids.
 */
import { offerParam, type Answers } from '../../rules/answers.ts';
import { evaluate } from '../../rules/evaluate.ts';
import type { SilenceId, StepId } from '../../rules/next-steps.ts';
import { sourceKey } from '../../rules/program.ts';
import { questions, type QuestionId } from '../../rules/questions.ts';

export interface ResultRow {
  /** The offer's parameter, the key of its matrix row (`data-offer-row`). */
  readonly offer: string;
  /** Its cells, as `<offer> <benefit>` (a cell's `data-offer` and `data-benefit`). */
  readonly cells: readonly string[];
}

export interface ResultPlan {
  /** One row per offer held, in the form's order; empty when none is held. */
  readonly rows: readonly ResultRow[];
  /** The sections the rows cite (`data-why`), each once, in the order first cited. */
  readonly whys: readonly string[];
  readonly steps: readonly StepId[];
  readonly silences: readonly SilenceId[];
}

/** What the result for these answers holds. */
export function resultPlan(answers: Answers): ResultPlan {
  const evaluation = evaluate(answers);
  const whys = new Set<string>();
  const rows = answers.offers.map((holding) => {
    const offer = offerParam(holding);
    const lines = evaluation.entitlements.filter((line) => line.offer === offer);
    for (const line of lines) whys.add(sourceKey(line.source));
    return { offer, cells: lines.map((line) => `${line.offer} ${line.benefit}`) };
  });
  return {
    rows,
    whys: [...whys],
    steps: evaluation.steps.map((step) => step.id),
    silences: evaluation.silences.map((silence) => silence.id),
  };
}

/** The short status line after a change: the template's `{offers}` and `{steps}` filled in. */
export function updatedText(template: string, plan: ResultPlan): string {
  return template.replace('{offers}', String(plan.rows.length)).replace('{steps}', String(plan.steps.length));
}

/**
 * Whether the form's control `name=value` is checked for these answers: a held offer, or a
 * question's answer; a question without one ticks its "not answered" choice (value "").
 */
export function ticked(answers: Answers, name: string, value: string): boolean {
  if (name === 'offer') return answers.offers.some((holding) => offerParam(holding) === value);
  return Object.hasOwn(questions, name) && (answers[name as QuestionId] ?? '') === value;
}

/** Whether a checked control's value is an answer to list: the "not answered" choice is none. */
export const isAnswer = (value: string): boolean => value !== '';
