/**
 * Where each result of the calculator comes from: the FACTS.md provenance of a rule plus the guide
 * section that explains it, the target of its "why" link.
 */
import type { EntitlementRule, Provenance, SectionKey } from './program.ts';

/**
 * The `##` anchors of the guide pages that the calculator's "why" links point to. Each one must
 * exist in content/<locale>/<section>.mdx (a unit test reads the files; the build's link check
 * follows every link the calculator page renders).
 */
export const guideAnchors = [
  'open-technical-benefits',
  'sign-in',
  'activate-the-benefit',
  'access-and-contract-ids',
  'ids-once-per-account',
  'entitlement-table',
  'cloud-competencies',
  'what-the-guide-does-not-say',
  'open-a-request',
  'where-to-look',
  'check-in-support-for-business',
  'unavailable-plans',
  'csp-partners',
  'admin-agents',
  'link-support-benefits',
  'action-pack',
  'the-error',
  'expired-or-used-up',
  'paid-support',
  'partner-plans',
] as const;
export type GuideAnchor = (typeof guideAnchors)[number];

/** Provenance plus the anchor of the guide section that explains the rule (the "why" link). */
export interface Citation extends Provenance {
  readonly anchor: GuideAnchor;
}

/**
 * The guide section behind each entitlement cell: the table itself, except Action Pack's missing
 * cloud support, which the guide explains on its own (F7.2).
 */
const entitlementAnchors: Readonly<Partial<Record<SectionKey, GuideAnchor>>> = {
  entitlements: 'entitlement-table',
  'access-id-error': 'action-pack',
};

/** The citation of an entitlement cell: its provenance and the anchor of the section explaining it. */
export function entitlementCitation(rule: EntitlementRule): Citation {
  const anchor = entitlementAnchors[rule.source.section];
  // The unit tests cite every cell; an unmapped section is a programming error, caught there.
  if (!anchor) throw new Error(`entitlementRules["${rule.id}"]: no guide anchor for section "${rule.source.section}"`);
  return { ...rule.source, anchor };
}
