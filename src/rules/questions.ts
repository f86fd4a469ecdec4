/**
 * The calculator's questions besides the offers held: one registry. The `Answers` type, parsing and
 * formatting of the address (answers.ts), the form, the island, the required words, the exhaustive
 * test and the parameter table (`npm run calculator-url`) all follow from it. A new question is an entry here, its
 * words in each locale and the policy that reads it (next-steps.ts); the build names whichever is
 * missing (required-words.ts, questionsWithoutPolicy).
 */
import { accountKinds, competencyOfferKinds, productKinds, roleIds, type Source } from './program.ts';

/** Whether the benefit has been activated: the one question whose values are not program ids. */
export const activationStates = ['yes', 'no', 'unsure'] as const;
export type ActivationState = (typeof activationStates)[number];

export interface Question {
  /** The values the question accepts, in the order the form lists them; the URL writes them as they are. */
  readonly values: readonly string[];
  /** Where each value's words are: `<prefix>.<value>` in `locales/<tag>/<ns>.json`. The legend is `form.<id>` in `calculator.json`. */
  readonly words: { readonly ns: 'rules' | 'calculator'; readonly prefix: string };
  /** What the parameter means, in English, for the parameter table (parameter-table.ts). */
  readonly meaning: string;
  /**
   * The guide section that answers the question, linked under it in the form: what a reader without
   * JavaScript uses instead of a result.
   */
  readonly source: Source;
}

/** One-value questions, in the order the form asks them; each key is its URL parameter. */
export const questions = {
  product: {
    values: productKinds,
    words: { ns: 'rules', prefix: 'product' },
    meaning: 'what the problem concerns',
    source: { section: 'entitlements', anchor: 'entitlement-table', facts: ['F3.3', 'F4.1', 'F5.5'] },
  },
  account: {
    values: accountKinds,
    words: { ns: 'rules', prefix: 'account' },
    meaning: 'the account the reader signs in to Partner Center with (associated with MPN, or only with CSP)',
    source: { section: 'activate', anchor: 'sign-in', facts: ['F2.2', 'F2.3'] },
  },
  role: {
    values: roleIds,
    words: { ns: 'rules', prefix: 'role' },
    meaning: "the reader's role in Partner Center",
    source: { section: 'activate', anchor: 'activate-the-benefit', facts: ['F2.8'] },
  },
  activated: {
    values: activationStates,
    words: { ns: 'calculator', prefix: 'activated' },
    meaning: 'whether the benefit has been activated',
    source: { section: 'activate', anchor: 'access-and-contract-ids', facts: ['F2.9'] },
  },
} as const satisfies Record<string, Question>;

export type QuestionId = keyof typeof questions;
export const questionIds = Object.keys(questions) as QuestionId[];
/** The values one question accepts. */
export type AnswerTo<Q extends QuestionId> = (typeof questions)[Q]['values'][number];

/** The repeatable `offer` parameter, for the parameter table (its values are `allOfferParams`) and the form. */
export const offerParameter = {
  values: ['action-pack', ...competencyOfferKinds.map((kind) => `${kind}:<competency>`)],
  meaning: 'a membership offer the company holds',
  source: { section: 'entitlements', anchor: 'entitlement-table', facts: ['F3.3'] },
} as const satisfies Omit<Question, 'words'>;
