/**
 * The calculator's evaluator: from a reader's answers to what each offer entitles them to, whether
 * that covers their product, the next steps and the silences of the source. Pure: the same call runs
 * when the site is built and in the browser.
 */
import type { Answers } from './answers.ts';
import { entitlementsOf, type EntitlementLine } from './entitlements.ts';
import { nextSteps, silencesFor, type Silence, type Step } from './next-steps.ts';
import { benefitForProduct, type BenefitId } from './program.ts';
import { isIncluded } from './predicates.ts';

export interface Evaluation {
  readonly entitlements: readonly EntitlementLine[];
  /** Whether some held offer includes the benefit that serves the product; null if no product chosen. */
  readonly covered: boolean | null;
  readonly steps: readonly Step[];
  readonly silences: readonly Silence[];
}

/** The whole answer for a reader: entitlements, coverage, next steps in order, and silences. */
export function evaluate(answers: Answers): Evaluation {
  const entitlements = answers.offers.flatMap(entitlementsOf);
  const includes = (benefit: BenefitId) => entitlements.some((line) => line.benefit === benefit && isIncluded(line.entitlement));
  const neededBenefit = answers.product === null ? null : benefitForProduct[answers.product];
  const covered = answers.product === null ? null : neededBenefit !== null && includes(neededBenefit);
  return { entitlements, covered, steps: nextSteps(answers, entitlements, covered), silences: silencesFor(answers) };
}
