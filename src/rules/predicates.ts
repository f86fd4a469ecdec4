/**
 * Named yes/no questions about the program, each one rule of FACTS.md. The calculator and the
 * troubleshooting tree ask these instead of repeating the conditions.
 */
import {
  activatingRoles,
  cloudCompetencies,
  competencyKinds,
  entitlementRules,
  portals,
  type PortalId,
  type BenefitId,
  type CompetencyId,
  type CompetencyKind,
  type Entitlement,
  type EntitlementRule,
  type OfferKind,
  type RoleId,
  type AccountKind,
} from './program.ts';

/** F3.4: the six cloud competencies; every other competency counts as "other" (hybrid). */
export function isCloudCompetency(competency: CompetencyId): boolean {
  return (cloudCompetencies as readonly string[]).includes(competency);
}

export function competencyKindOf(competency: CompetencyId): CompetencyKind {
  return isCloudCompetency(competency) ? 'cloud' : 'other';
}

/** F2.8: only a Global admin or an MPN partner admin can press Activate. */
export function canActivate(role: RoleId): boolean {
  return activatingRoles.includes(role);
}

/** F2.3: an account associated only with CSP cannot open the Technical benefits page. */
export function canOpenTechnicalBenefits(account: AccountKind): boolean {
  return account === 'mpn';
}

/** F6.5: the Service Management path in Partner Center is for users with the Admin agent role. */
export function canUseServiceManagement(role: RoleId): boolean {
  return role === 'admin-agent';
}

/** The table cell (F3.3) for an offer, a benefit and, where it matters, the competency kind. */
export function entitlementRuleFor(offer: OfferKind, benefit: BenefitId, competencyKind: CompetencyKind | null): EntitlementRule {
  const rule = entitlementRules.find(
    (candidate) =>
      candidate.offer === offer &&
      candidate.benefit === benefit &&
      (candidate.competencyKind === 'any' || candidate.competencyKind === competencyKind),
  );
  // validate.ts proves at build time that every combination has exactly one cell.
  if (!rule) throw new Error(`No entitlement rule for ${offer} / ${benefit} / ${competencyKind ?? 'no competency'}`);
  return rule;
}

/** Whether an entitlement gives any incidents at all. */
export function isIncluded(entitlement: Entitlement): boolean {
  return entitlement.kind !== 'none';
}

/** F7.6: a limited Signature pack (5 or 10 incidents) can run out; an unlimited one cannot. */
export function canRunOut(entitlement: Entitlement): boolean {
  return entitlement.kind === 'incidents';
}

/** Whether an offer's figure for a benefit differs between cloud and other competencies (F3.3). */
export function dependsOnCompetency(offer: OfferKind, benefit: BenefitId): boolean {
  return entitlementRules.some((rule) => rule.offer === offer && rule.benefit === benefit && rule.competencyKind !== 'any');
}

/** F3.3, F7.2: whether an offer's entitlement includes a benefit, whatever its competency. */
export function offerIncludes(offer: OfferKind, benefit: BenefitId): boolean {
  return competencyKinds.every((kind) => isIncluded(entitlementRuleFor(offer, benefit, kind).entitlement));
}

/** F5.1: whether a portal shows the incidents a contract has left. */
export function showsRemainingIncidents(portal: PortalId): boolean {
  return portals[portal].showsRemainingIncidents;
}
