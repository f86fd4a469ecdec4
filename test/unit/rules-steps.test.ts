/**
 * The next steps the calculator gives, scenario by scenario: who activates (F2.7, F2.8, F3.2),
 * which account (F2.3), the IDs once per account (F2.11, F4.2, F6.2), which portal and which
 * clicks (F4.4, F6.4, F6.5, F7.1), where remaining incidents show (F5.1), paid plans (F8).
 */
import { describe, expect, it } from 'vitest';
import { emptyAnswers, parseAnswers, type Answers } from '../../src/rules/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import type { StepId } from '../../src/rules/next-steps.ts';
import { externalLinks, portalLabels, portals, roleIds } from '../../src/rules/program.ts';
import { canActivate, canOpenTechnicalBenefits, canUseServiceManagement } from '../../src/rules/predicates.ts';

/** Answers from a query string, as a reader would share them. */
const answers = (query: string): Answers => {
  const parsed = parseAnswers(new URLSearchParams(query));
  if (parsed.problems.length > 0) throw new Error(`test bug: ${JSON.stringify(parsed.problems)}`);
  return parsed.answers;
};
const steps = (query: string): StepId[] => evaluate(answers(query)).steps.map((step) => step.id);
const silences = (query: string) => evaluate(answers(query)).silences.map((silence) => silence.id);
const activationSteps: StepId[] = ['activate-yourself', 'ask-admin-to-activate', 'who-can-activate'];

describe('who can activate (F2.8) and that activation comes first (F2.7, F3.2)', () => {
  it('only a Global admin or an MPN partner admin can activate', () => {
    expect(roleIds.filter(canActivate)).toEqual(['global-admin', 'mpn-partner-admin']);
  });

  it.each([
    ['global-admin', 'activate-yourself'],
    ['mpn-partner-admin', 'activate-yourself'],
    ['admin-agent', 'ask-admin-to-activate'],
    ['other-role', 'ask-admin-to-activate'],
  ] as const)('a %s whose benefit is not active is told: %s', (role, expected) => {
    const found = steps(`offer=gold:security&activated=no&role=${role}`);
    expect(found.filter((id) => activationSteps.includes(id))).toEqual([expected]);
  });

  it('without a role, the reader learns who can activate', () => {
    expect(steps('offer=action-pack&activated=no')).toContain('who-can-activate');
    expect(steps('offer=action-pack')).toContain('who-can-activate');
  });

  it('an active benefit needs no activation step', () => {
    const found = steps('offer=silver:other&activated=yes&role=global-admin&product=cloud');
    expect(found.filter((id) => activationSteps.includes(id) || id === 'check-activation')).toEqual([]);
  });

  it('"I don\'t know" first says how to check, then how to activate', () => {
    const found = steps('offer=silver:other&activated=unsure&role=mpn-partner-admin');
    expect(found.indexOf('check-activation')).toBeGreaterThanOrEqual(0);
    expect(found.indexOf('check-activation')).toBeLessThan(found.indexOf('activate-yourself'));
  });

  it('activation comes before the IDs and before any portal', () => {
    for (const product of ['recent-on-premises', 'cloud']) {
      const found = steps(`offer=gold:cloud-platform&activated=no&role=admin-agent&product=${product}`);
      const activation = found.indexOf('ask-admin-to-activate');
      expect(activation).toBeGreaterThanOrEqual(0);
      expect(activation).toBeLessThan(found.indexOf('use-ids-once'));
      for (const portalStep of ['request-support-for-business', 'request-azure-portal'] as const) {
        if (found.includes(portalStep)) expect(activation).toBeLessThan(found.indexOf(portalStep));
      }
    }
  });
});

describe('the account (F2.3)', () => {
  it('an account associated only with CSP cannot open the technical benefits; an MPN account can', () => {
    expect(canOpenTechnicalBenefits('csp-only')).toBe(false);
    expect(canOpenTechnicalBenefits('mpn')).toBe(true);
  });

  it('a CSP-only account is told to use an MPN account, before anything else', () => {
    expect(steps('offer=gold:security&account=csp-only&activated=no&role=global-admin')[0]).toBe('use-mpn-account');
    expect(steps('offer=gold:security&account=mpn')).not.toContain('use-mpn-account');
  });
});

describe('the Access ID and Contract ID, once per account (F2.11, F4.2, F6.2)', () => {
  it('are explained whenever the company holds an offer, and not otherwise', () => {
    expect(steps('offer=action-pack&activated=yes')).toContain('use-ids-once');
    expect(steps('product=cloud')).not.toContain('use-ids-once');
  });
});

describe('which portal, and its path of clicks', () => {
  it('the portals and their clicks are those of the guide (F2.4, F4.4, F6.5, F7.1)', () => {
    const clicks = (id: keyof typeof portals) => portals[id].path.map((label) => portalLabels[label]);
    expect(clicks('partner-center')).toEqual(['Benefits', 'Technical benefits', 'Activate']);
    expect(clicks('azure-portal')).toEqual(['Help + Support', 'Support Plans', 'Link support benefits']);
    expect(clicks('csp-service-management')).toEqual(['Customers', 'Service Management', 'New request']);
    expect(externalLinks[portals['support-for-business'].link!]).toBe(
      'https://support.serviceshub.microsoft.com/supportforbusiness/create',
    );
    expect(externalLinks[portals['csp-service-management'].link!]).toBe('https://partner.microsoft.com/commerce/customers/list');
    expect(externalLinks[portals['partner-center'].link!]).toBe('https://partner.microsoft.com/dashboard');
  });

  it('a recent on-premises product goes to Support for Business, where remaining incidents show (F4.4, F5.1–F5.3)', () => {
    const found = steps('offer=action-pack&activated=yes&product=recent-on-premises');
    expect(found).toEqual(['use-ids-once', 'request-support-for-business', 'remaining-in-support-for-business']);
    expect(
      Object.values(portals)
        .filter((portal) => portal.showsRemainingIncidents)
        .map((portal) => portal.id),
    ).toEqual(['support-for-business']);
  });

  it('a cloud product with Silver or Gold goes to the Azure portal; the misleading error is explained (F7.1, F7.3, F7.5)', () => {
    const found = steps('offer=silver:cloud-productivity&activated=yes&product=cloud');
    expect(found).toEqual([
      'use-ids-once',
      'request-azure-portal',
      'ignore-already-associated',
      'csp-support-plan',
      'remaining-not-in-cloud-portals',
    ]);
    expect(evaluate(answers('offer=silver:cloud-productivity&product=cloud')).covered).toBe(true);
  });

  it('an Admin agent also gets the Service Management path (F6.5); other roles do not', () => {
    expect(canUseServiceManagement('admin-agent')).toBe(true);
    expect(roleIds.filter(canUseServiceManagement)).toEqual(['admin-agent']);
    expect(steps('offer=gold:security&activated=yes&product=cloud&role=admin-agent')).toContain('admin-agent-service-management');
    expect(steps('offer=gold:security&activated=yes&product=cloud&role=global-admin')).not.toContain(
      'admin-agent-service-management',
    );
  });

  it('a limited Signature pack (other competency) can run out (F7.6); an unlimited one cannot', () => {
    expect(steps('offer=gold:other&activated=yes&product=cloud')).toContain('cloud-pack-can-run-out');
    expect(steps('offer=gold:security&offer=silver:cloud-platform&activated=yes&product=cloud')).not.toContain(
      'cloud-pack-can-run-out',
    );
  });

  it('Action Pack alone does not cover a cloud product (F7.2): explained, with the CSP plan and paid plans', () => {
    const found = steps('offer=action-pack&activated=yes&product=cloud');
    expect(found).toEqual(['use-ids-once', 'action-pack-no-cloud', 'csp-support-plan', 'paid-plans']);
    expect(evaluate(answers('offer=action-pack&product=cloud')).covered).toBe(false);
    expect(steps('offer=action-pack&offer=silver:other&activated=yes&product=cloud')).not.toContain('action-pack-no-cloud');
  });

  it('an older on-premises product is not covered: the unavailable plans, paid plans, and a silence (F5.5, F8)', () => {
    const result = evaluate(answers('offer=gold:security&activated=yes&product=older-on-premises'));
    expect(result.covered).toBe(false);
    expect(result.steps.map((step) => step.id)).toEqual(['use-ids-once', 'older-product-not-covered', 'paid-plans']);
    expect(result.silences.map((silence) => silence.id)).toEqual(['older-product-plans']);
  });

  it('no product chosen: no portal yet, and coverage unknown', () => {
    const result = evaluate(answers('offer=gold:security&activated=yes'));
    expect(result.covered).toBeNull();
    expect(result.steps.map((step) => step.id)).toEqual(['use-ids-once']);
  });
});

describe('no offer at all', () => {
  it('says there are no benefits (F2.5) and, for a problem, points to paid plans (F8)', () => {
    expect(steps('')).toEqual(['no-offer']);
    expect(steps('product=recent-on-premises&role=global-admin&activated=no')).toEqual(['no-offer', 'paid-plans']);
    expect(evaluate(emptyAnswers).entitlements).toEqual([]);
  });
});

describe('where the source is silent', () => {
  it('says so when several offers are held (do they add up?) and for another competency (which ones exist?)', () => {
    expect(silences('offer=action-pack&offer=gold:security')).toEqual(['offers-combined']);
    expect(silences('offer=silver:other')).toEqual(['other-competencies']);
    expect(silences('offer=gold:security')).toEqual([]);
  });
});
