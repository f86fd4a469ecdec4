/**
 * The entitlement table (FACTS.md F3.3) and the cloud competencies (F3.4), cell by cell. The
 * expected figures are copied from FACTS.md here, not read back from the rules.
 */
import { describe, expect, it } from 'vitest';
import { parseOfferParam, type OfferHolding } from '../../src/rules/answers.ts';
import { entitlementsOf } from '../../src/rules/entitlements.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { emptyAnswers } from '../../src/rules/answers.ts';
import { competencyNames, cloudCompetencies, type BenefitId, type Entitlement } from '../../src/rules/program.ts';
import { competencyKindOf, dependsOnCompetency, isCloudCompetency } from '../../src/rules/predicates.ts';

/** `10` → 10 incidents, `'unlimited'`, `'none'` (not included). */
type Figure = number | 'unlimited' | 'none';
const figure = (entitlement: Entitlement): Figure => (entitlement.kind === 'incidents' ? entitlement.count : entitlement.kind);

function figuresOf(param: string): Record<BenefitId, Figure> {
  const holding = parseOfferParam(param);
  if (!holding) throw new Error(`test bug: ${param}`);
  const lines = entitlementsOf(holding);
  return Object.fromEntries(lines.map((line) => [line.benefit, figure(line.entitlement)])) as Record<BenefitId, Figure>;
}

// F3.3 as FACTS.md writes it.
const table: [offer: string, productSupport: Figure, signatureCloud: Figure][] = [
  ['action-pack', 10, 'none'],
  ['silver:cloud-platform', 15, 'unlimited'],
  ['silver:other', 15, 5],
  ['gold:cloud-platform', 20, 'unlimited'],
  ['gold:other', 20, 10],
];

describe('the entitlement table (F3.3)', () => {
  it.each(table)('%s: Microsoft Product Support %s, Signature Cloud Support %s', (offer, productSupport, signatureCloud) => {
    expect(figuresOf(offer)).toEqual({ 'product-support': productSupport, 'signature-cloud-support': signatureCloud });
  });

  it('Microsoft Product Support does not depend on the competency; Signature Cloud Support does for Silver and Gold', () => {
    expect(dependsOnCompetency('silver', 'product-support')).toBe(false);
    expect(dependsOnCompetency('gold', 'product-support')).toBe(false);
    expect(dependsOnCompetency('silver', 'signature-cloud-support')).toBe(true);
    expect(dependsOnCompetency('gold', 'signature-cloud-support')).toBe(true);
    expect(dependsOnCompetency('action-pack', 'signature-cloud-support')).toBe(false);
  });

  it('evaluate() lists both benefits for each held offer, in the order the offers were given', () => {
    const offers: OfferHolding[] = [{ kind: 'gold', competency: 'other' }, { kind: 'action-pack' }];
    const lines = evaluate({ ...emptyAnswers, offers }).entitlements;
    expect(lines.map((line) => [line.offer, line.benefit, figure(line.entitlement)])).toEqual([
      ['gold:other', 'product-support', 20],
      ['gold:other', 'signature-cloud-support', 10],
      ['action-pack', 'product-support', 10],
      ['action-pack', 'signature-cloud-support', 'none'],
    ]);
  });
});

describe('the cloud competencies (F3.4)', () => {
  const six = [
    ['security', 'Security'],
    ['cloud-business-applications', 'Cloud Business Applications'],
    ['cloud-platform', 'Cloud Platform'],
    ['cloud-productivity', 'Cloud Productivity'],
    ['enterprise-mobility-management', 'Enterprise Mobility Management'],
    ['small-midmarket-cloud-solutions', 'Small and Midmarket Cloud Solutions'],
  ] as const;

  it('are exactly the six FACTS.md names, with their English names', () => {
    expect([...cloudCompetencies]).toEqual(six.map(([id]) => id));
    for (const [id, name] of six) expect(competencyNames[id]).toBe(name);
  });

  it.each(six)('%s is a cloud competency: Signature Cloud Support unlimited for Silver and Gold', (id) => {
    expect(isCloudCompetency(id)).toBe(true);
    expect(competencyKindOf(id)).toBe('cloud');
    expect(figuresOf(`silver:${id}`)).toEqual({ 'product-support': 15, 'signature-cloud-support': 'unlimited' });
    expect(figuresOf(`gold:${id}`)).toEqual({ 'product-support': 20, 'signature-cloud-support': 'unlimited' });
  });

  it('every other competency is "other" (hybrid): the Silver 5-incident and Gold 10-incident Signature packs', () => {
    expect(isCloudCompetency('other')).toBe(false);
    expect(competencyKindOf('other')).toBe('other');
    expect(figuresOf('silver:other')['signature-cloud-support']).toBe(5);
    expect(figuresOf('gold:other')['signature-cloud-support']).toBe(10);
  });
});
