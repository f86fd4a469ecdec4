/**
 * What one offer entitles its holder to, benefit by benefit, each cell with its citation (F3.3,
 * F3.4). Pure: the same call runs when the site is built and in the browser.
 */
import { offerParam, type OfferHolding } from './answers.ts';
import { benefitIds, type BenefitId, type Entitlement, type Source } from './program.ts';
import { competencyKindOf, entitlementRuleFor } from './predicates.ts';

/** One row of the result: what one offer gives for one benefit. */
export interface EntitlementLine {
  /** The offer as its URL parameter value, e.g. `gold:cloud-platform`. */
  readonly offer: string;
  readonly holding: OfferHolding;
  readonly benefit: BenefitId;
  readonly entitlement: Entitlement;
  readonly ruleId: string;
  readonly source: Source;
}

/** What one offer gives for each benefit (F3.3, F3.4). */
export function entitlementsOf(holding: OfferHolding): EntitlementLine[] {
  const competencyKind = holding.kind === 'action-pack' ? null : competencyKindOf(holding.competency);
  return benefitIds.map((benefit) => {
    const rule = entitlementRuleFor(holding.kind, benefit, competencyKind);
    return {
      offer: offerParam(holding),
      holding,
      benefit,
      entitlement: rule.entitlement,
      ruleId: rule.id,
      source: rule.source,
    };
  });
}
