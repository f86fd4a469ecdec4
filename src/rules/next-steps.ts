/**
 * The calculator's next steps for a reader, in the order to take them, and the points on which the
 * source article is silent, each with its citation. Pure: the same call runs when the site is built
 * and in the browser.
 */
import type { Answers } from './answers.ts';
import type { Source } from './program.ts';
import type { EntitlementLine } from './entitlements.ts';
import { canActivate, canOpenTechnicalBenefits, canRunOut, canUseServiceManagement } from './predicates.ts';

/** Next steps the calculator can give; the words for each live in `locales/<tag>/calculator.json`. */
export const stepIds = [
  'no-offer',
  'use-mpn-account',
  'activate-yourself',
  'ask-admin-to-activate',
  'who-can-activate',
  'check-activation',
  'use-ids-once',
  'request-support-for-business',
  'remaining-in-support-for-business',
  'older-product-not-covered',
  'request-azure-portal',
  'ignore-already-associated',
  'cloud-pack-can-run-out',
  'csp-support-plan',
  'admin-agent-service-management',
  'remaining-not-in-cloud-portals',
  'action-pack-no-cloud',
  'paid-plans',
] as const;
export type StepId = (typeof stepIds)[number];

/** Points on which the source article says nothing; the result says so instead of guessing. */
export const silenceIds = ['offers-combined', 'other-competencies', 'older-product-plans'] as const;
export type SilenceId = (typeof silenceIds)[number];

export interface Step {
  readonly id: StepId;
  readonly source: Source;
}
export interface Silence {
  readonly id: SilenceId;
  readonly source: Source;
}

/** Where each step comes from, and the guide section that explains it. */
export const stepSources: Readonly<Record<StepId, Source>> = {
  'no-offer': { section: 'activate', anchor: 'open-technical-benefits', facts: ['F2.4', 'F2.5', 'F2.6'] },
  'use-mpn-account': { section: 'activate', anchor: 'sign-in', facts: ['F2.2', 'F2.3'] },
  'activate-yourself': { section: 'activate', anchor: 'activate-the-benefit', facts: ['F2.4', 'F2.7', 'F2.8', 'F3.2'] },
  'ask-admin-to-activate': { section: 'activate', anchor: 'activate-the-benefit', facts: ['F2.7', 'F2.8'] },
  'who-can-activate': { section: 'activate', anchor: 'activate-the-benefit', facts: ['F2.7', 'F2.8'] },
  'check-activation': { section: 'activate', anchor: 'access-and-contract-ids', facts: ['F2.4', 'F2.9', 'F2.10'] },
  'use-ids-once': { section: 'activate', anchor: 'ids-once-per-account', facts: ['F2.9', 'F2.11', 'F4.2', 'F6.2'] },
  'request-support-for-business': { section: 'product-support', anchor: 'open-a-request', facts: ['F4.3', 'F4.4', 'F5.3'] },
  'remaining-in-support-for-business': {
    section: 'remaining-incidents',
    anchor: 'check-in-support-for-business',
    facts: ['F5.1', 'F5.2'],
  },
  'older-product-not-covered': { section: 'remaining-incidents', anchor: 'unavailable-plans', facts: ['F4.1', 'F5.4', 'F5.5'] },
  'request-azure-portal': { section: 'access-id-error', anchor: 'link-support-benefits', facts: ['F6.1', 'F7.1', 'F7.5'] },
  'ignore-already-associated': { section: 'access-id-error', anchor: 'the-error', facts: ['F6.3', 'F7.3', 'F7.4', 'F7.5'] },
  'cloud-pack-can-run-out': { section: 'access-id-error', anchor: 'expired-or-used-up', facts: ['F6.2', 'F7.6'] },
  'csp-support-plan': { section: 'cloud-support', anchor: 'csp-partners', facts: ['F6.4'] },
  'admin-agent-service-management': { section: 'cloud-support', anchor: 'admin-agents', facts: ['F6.5'] },
  'remaining-not-in-cloud-portals': { section: 'remaining-incidents', anchor: 'where-to-look', facts: ['F5.1'] },
  'action-pack-no-cloud': { section: 'access-id-error', anchor: 'action-pack', facts: ['F7.2'] },
  'paid-plans': { section: 'paid-plans', anchor: 'partner-plans', facts: ['F8.1', 'F8.2', 'F8.3'] },
};

export const silenceSources: Readonly<Record<SilenceId, Source>> = {
  'offers-combined': { section: 'entitlements', anchor: 'what-the-guide-does-not-say', facts: ['F3.3'] },
  'other-competencies': { section: 'entitlements', anchor: 'cloud-competencies', facts: ['F3.4'] },
  'older-product-plans': { section: 'paid-plans', anchor: 'paid-support', facts: ['F5.5', 'F8.1'] },
};

/** The next steps for a reader, given what their offers give and whether that covers their product. */
export function nextSteps(answers: Answers, entitlements: readonly EntitlementLine[], covered: boolean | null): Step[] {
  const steps: StepId[] = [];
  const add = (id: StepId, when: boolean) => {
    if (when) steps.push(id);
  };
  const hasOffers = answers.offers.length > 0;
  const notYetActive = answers.activated === 'no' || answers.activated === 'unsure';

  // 1. Getting to the benefits at all.
  add('no-offer', !hasOffers);
  add('use-mpn-account', answers.account !== null && !canOpenTechnicalBenefits(answers.account));

  // 2. Activation comes before any use (F2.7, F3.2).
  add('check-activation', hasOffers && answers.activated === 'unsure');
  if (hasOffers && (notYetActive || answers.activated === null)) {
    if (answers.role === null) add('who-can-activate', true);
    else add(canActivate(answers.role) ? 'activate-yourself' : 'ask-admin-to-activate', true);
  }
  add('use-ids-once', hasOffers);

  // 3. Where to open the request, by kind of product.
  const cloudLines = entitlements.filter((line) => line.benefit === 'signature-cloud-support');
  switch (answers.product) {
    case 'recent-on-premises':
      add('request-support-for-business', covered === true);
      add('remaining-in-support-for-business', covered === true);
      break;
    case 'older-on-premises':
      add('older-product-not-covered', true);
      break;
    case 'cloud':
      // Say first why nothing covers it, then where to go, then what to watch out for.
      add('action-pack-no-cloud', hasOffers && !covered && answers.offers.some((offer) => offer.kind === 'action-pack'));
      add('request-azure-portal', covered === true);
      add('ignore-already-associated', covered === true);
      add('admin-agent-service-management', covered === true && answers.role !== null && canUseServiceManagement(answers.role));
      add('csp-support-plan', true);
      add('remaining-not-in-cloud-portals', covered === true);
      add(
        'cloud-pack-can-run-out',
        cloudLines.some((line) => canRunOut(line.entitlement)),
      );
      break;
    case null:
      break;
  }
  // 4. Nothing covers the problem: paid support (F8).
  add('paid-plans', covered === false);
  return steps.map((id) => ({ id, source: stepSources[id] }));
}

/** The points the source says nothing about for these answers. */
export function silencesFor(answers: Answers): Silence[] {
  const silences: SilenceId[] = [];
  if (answers.offers.length > 1) silences.push('offers-combined');
  if (answers.offers.some((offer) => offer.kind !== 'action-pack' && offer.competency === 'other')) {
    silences.push('other-competencies');
  }
  if (answers.product === 'older-on-premises') silences.push('older-product-plans');
  return silences.map((id) => ({ id, source: silenceSources[id] }));
}
