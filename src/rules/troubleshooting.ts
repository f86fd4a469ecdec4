/**
 * The troubleshooting tree: from what a reader sees to the fix. Plain data that only routes: each
 * answer names the node that follows, and where the route depends on the program's rules a named
 * predicate of `predicates.ts` decides it. Words live in `locales/<tag>/troubleshooting.json`, keyed
 * by these ids (`node.<id>.…`, `step.<id>.…`); `tree-check.ts` checks the shape and the words.
 *
 * Every node has exactly one way in, so a node's page knows the answers given before it.
 */
import {
  benefitForProduct,
  competencyKinds,
  portals,
  productKinds,
  type BenefitId,
  type ExternalLinkId,
  type FactId,
  type OfferKind,
  type PortalId,
  type PortalLabelId,
  type PortalMessageId,
  type ProductKind,
  type RoleId,
  type SectionKey,
} from './program.ts';
import { canActivate, canUseServiceManagement, entitlementRuleFor, isIncluded } from './predicates.ts';

// ---------------------------------------------------------------------------------------------
// The shape of any tree (the real one below, and the fixtures the engine tests use)

/** How the start page groups its answers: exact portal messages, then common situations. */
export type AnswerGroup = 'message' | 'situation';

export interface TreeAnswer<N extends string = string> {
  /** Names the answer's words, `node.<question>.answers.<id>`, unless it is a portal message. */
  readonly id: string;
  readonly next: N;
  /** An answer that is a message the portal shows: quoted verbatim in English, with its meaning. */
  readonly message?: PortalMessageId;
  readonly group?: AnswerGroup;
}

export interface TreeQuestion<N extends string = string> {
  readonly kind: 'question';
  readonly answers: readonly TreeAnswer<N>[];
}

export interface TreeOutcome<S extends string = string> {
  readonly kind: 'outcome';
  /** The fix, in order; each step's words are `step.<id>.text`. */
  readonly steps: readonly S[];
  /** The portal message this outcome explains: its English text is on the outcome's page. */
  readonly explains?: PortalMessageId;
  /** The guide section that explains why: `guide/<section>/#<anchor>`. */
  readonly why: { readonly section: SectionKey; readonly anchor: string };
  /** FACTS.md sections and facts the outcome rests on. */
  readonly sources: readonly SectionKey[];
  readonly facts: readonly FactId[];
}

export type TreeNode<N extends string = string, S extends string = string> = TreeQuestion<N> | TreeOutcome<S>;

/** What a step shows besides words: portal labels (`{label:<id>}`) and one external link (`{link:<id>|words}`). */
export interface TreeStep {
  readonly labels?: readonly PortalLabelId[];
  readonly link?: ExternalLinkId;
}

export interface Tree<N extends string = string, S extends string = string> {
  readonly start: N;
  readonly nodes: Readonly<Record<N, TreeNode<N, S>>>;
  readonly steps: Readonly<Record<S, TreeStep>>;
}

// ---------------------------------------------------------------------------------------------
// Ids

export const nodeIds = [
  // questions
  'start',
  'no-benefits',
  'access-id-error',
  'who-activates',
  'request-product',
  'cloud-request',
  'remaining-where',
  // outcomes
  'not-authorized',
  'wrong-account',
  'no-active-offer',
  'access-id-already-linked',
  'access-id-expired',
  'access-id-check-contract',
  'activate-benefits',
  'ask-admin-to-activate',
  'request-on-premises',
  'product-not-covered',
  'request-cloud-signature',
  'cloud-not-included',
  'csp-support-plan',
  'admin-agent-request',
  'remaining-check',
  'remaining-cloud-portal',
  'remaining-contract-missing',
  'paid-plans',
] as const;
export type NodeId = (typeof nodeIds)[number];

export const treeStepIds = [
  'switch-account',
  'use-mpn-account',
  'use-company-account',
  'open-technical-benefits',
  'sign-in-dashboard',
  'ask-about-offer',
  'check-other-account',
  'compare-paid-plans',
  'press-activate',
  'ids-shown-to-all',
  'ids-once-per-account',
  'ask-admin-activate',
  'have-ids-ready',
  'open-support-for-business',
  'enter-ids-first-time',
  'any-account-on-premises',
  'check-supported-products',
  'older-product-unavailable',
  'premier-support',
  'advanced-support',
  'azure-link-benefits',
  'already-associated-is-fine',
  'new-support-request',
  'action-pack-on-premises-only',
  'azure-request-csp',
  'choose-csp-plan',
  'open-csp-customers',
  'service-management-request',
  'choose-workload',
  'ignore-error',
  'contract-hidden',
  'buy-new-plan',
  'sfb-start-request',
  'sfb-read-contract',
  'if-valid-ignore',
  'if-invalid-buy',
  'sfb-add-contract',
  'sfb-unavailable-plans',
  'remaining-article',
  'cloud-portals-dont-show',
] as const;
export type TreeStepId = (typeof treeStepIds)[number];

// ---------------------------------------------------------------------------------------------
// Routes the program's rules decide

/**
 * The one node that follows for every value an answer stands for. An answer that groups values the
 * rules route differently would hide that difference, so the build stops.
 */
function sameRoute<T>(answer: string, values: readonly T[], route: (value: T) => NodeId): NodeId {
  const routes = [...new Set(values.map(route))];
  if (routes.length !== 1) {
    throw new Error(
      `troubleshooting tree: answer "${answer}" groups values the rules route to different nodes (${routes.join(', ')})`,
    );
  }
  return routes[0]!;
}

/** F2.8: whoever may press Activate does it; everyone else asks someone who may. */
const afterRole = (role: RoleId): NodeId => (canActivate(role) ? 'activate-benefits' : 'ask-admin-to-activate');

/** F3.3, F7.2: whether an offer's entitlement includes a benefit, whatever its competency. */
const offerIncludes = (offer: OfferKind, benefit: BenefitId): boolean =>
  competencyKinds.every((kind) => isIncluded(entitlementRuleFor(offer, benefit, kind).entitlement));

/** F6.1, F7.2: offers with Signature Cloud Support link it in Azure; the others have no cloud support. */
const afterCloudOffer = (offer: OfferKind): NodeId =>
  offerIncludes(offer, 'signature-cloud-support') ? 'request-cloud-signature' : 'cloud-not-included';

/** F6.5: the Admin agent role has its own way, through Service Management in Partner Center. */
const afterCloudRole = (role: RoleId): NodeId =>
  canUseServiceManagement(role) ? 'admin-agent-request' : 'request-cloud-signature';

/** F3.3, F4.1, F5.5: the benefit that serves a kind of product decides where its request goes. */
const byBenefit: Readonly<Record<BenefitId | 'none', NodeId>> = {
  'product-support': 'request-on-premises',
  'signature-cloud-support': 'cloud-request',
  none: 'product-not-covered',
};
const afterProduct = (product: ProductKind): NodeId => byBenefit[benefitForProduct[product] ?? 'none'];

/** F5.1: a portal that does not show the remaining incidents is the wrong place to look. */
const afterPortal = (portal: PortalId): NodeId =>
  portals[portal].showsRemainingIncidents ? 'remaining-contract-missing' : 'remaining-cloud-portal';

// ---------------------------------------------------------------------------------------------
// The tree

export const troubleshootingTree: Tree<NodeId, TreeStepId> = {
  start: 'start',
  nodes: {
    start: {
      kind: 'question',
      answers: [
        { id: 'not-authorized', message: 'not-authorized', group: 'message', next: 'not-authorized' },
        { id: 'no-benefits-yet', message: 'no-benefits-yet', group: 'message', next: 'no-benefits' },
        {
          id: 'access-id-already-associated',
          message: 'access-id-already-associated',
          group: 'message',
          next: 'access-id-error',
        },
        { id: 'no-ids', group: 'situation', next: 'who-activates' },
        { id: 'open-request', group: 'situation', next: 'request-product' },
        { id: 'remaining', group: 'situation', next: 'remaining-where' },
        { id: 'more-support', group: 'situation', next: 'paid-plans' },
      ],
    },
    'no-benefits': {
      kind: 'question',
      answers: [
        { id: 'has-offer', next: 'wrong-account' },
        { id: 'no-offer', next: 'no-active-offer' },
      ],
    },
    'access-id-error': {
      kind: 'question',
      answers: [
        { id: 'valid', next: 'access-id-already-linked' },
        { id: 'expired-or-used-up', next: 'access-id-expired' },
        { id: 'unsure', next: 'access-id-check-contract' },
      ],
    },
    'who-activates': {
      kind: 'question',
      answers: [
        { id: 'can-activate', next: sameRoute('can-activate', ['global-admin', 'mpn-partner-admin'], afterRole) },
        { id: 'other-role', next: sameRoute('other-role', ['admin-agent', 'other-role'], afterRole) },
      ],
    },
    'request-product': {
      kind: 'question',
      answers: productKinds.map((product) => ({ id: product, next: afterProduct(product) })),
    },
    'cloud-request': {
      kind: 'question',
      answers: [
        { id: 'gold-or-silver', next: sameRoute('gold-or-silver', ['gold', 'silver'], afterCloudOffer) },
        { id: 'action-pack', next: afterCloudOffer('action-pack') },
        { id: 'csp-azure', next: 'csp-support-plan' },
        { id: 'admin-agent', next: afterCloudRole('admin-agent') },
      ],
    },
    'remaining-where': {
      kind: 'question',
      answers: [
        { id: 'cloud-portal', next: afterPortal('azure-portal') },
        { id: 'support-for-business', next: afterPortal('support-for-business') },
        { id: 'not-yet', next: 'remaining-check' },
      ],
    },

    'not-authorized': {
      kind: 'outcome',
      explains: 'not-authorized',
      steps: ['switch-account', 'use-mpn-account', 'open-technical-benefits'],
      why: { section: 'activate', anchor: 'sign-in' },
      sources: ['activate'],
      facts: ['F2.2', 'F2.3', 'F2.4', 'F2.6'],
    },
    'wrong-account': {
      kind: 'outcome',
      explains: 'no-benefits-yet',
      steps: ['switch-account', 'use-company-account', 'open-technical-benefits'],
      why: { section: 'activate', anchor: 'open-technical-benefits' },
      sources: ['activate'],
      facts: ['F2.4', 'F2.6'],
    },
    'no-active-offer': {
      kind: 'outcome',
      explains: 'no-benefits-yet',
      steps: ['ask-about-offer', 'check-other-account', 'compare-paid-plans'],
      why: { section: 'activate', anchor: 'open-technical-benefits' },
      sources: ['activate', 'paid-plans'],
      facts: ['F2.4', 'F2.5', 'F2.6', 'F8.1'],
    },
    'access-id-already-linked': {
      kind: 'outcome',
      explains: 'access-id-already-associated',
      steps: ['ignore-error', 'new-support-request'],
      why: { section: 'access-id-error', anchor: 'already-linked' },
      sources: ['access-id-error'],
      facts: ['F7.3', 'F7.4', 'F7.5'],
    },
    'access-id-expired': {
      kind: 'outcome',
      explains: 'access-id-already-associated',
      steps: ['contract-hidden', 'buy-new-plan', 'advanced-support'],
      why: { section: 'access-id-error', anchor: 'expired-or-used-up' },
      sources: ['access-id-error', 'paid-plans'],
      facts: ['F7.3', 'F7.6', 'F8.1', 'F8.3'],
    },
    'access-id-check-contract': {
      kind: 'outcome',
      explains: 'access-id-already-associated',
      steps: ['sfb-start-request', 'sfb-read-contract', 'if-valid-ignore', 'if-invalid-buy'],
      why: { section: 'access-id-error', anchor: 'the-error' },
      sources: ['remaining-incidents', 'access-id-error', 'paid-plans'],
      facts: ['F5.1', 'F5.2', 'F7.3', 'F7.5', 'F7.6', 'F8.1'],
    },
    'activate-benefits': {
      kind: 'outcome',
      steps: ['sign-in-dashboard', 'open-technical-benefits', 'press-activate', 'ids-shown-to-all', 'ids-once-per-account'],
      why: { section: 'activate', anchor: 'activate-the-benefit' },
      sources: ['activate', 'entitlements'],
      facts: ['F2.2', 'F2.4', 'F2.7', 'F2.8', 'F2.9', 'F2.11', 'F3.2'],
    },
    'ask-admin-to-activate': {
      kind: 'outcome',
      steps: ['ask-admin-activate', 'ids-shown-to-all', 'ids-once-per-account'],
      why: { section: 'activate', anchor: 'activate-the-benefit' },
      sources: ['activate'],
      facts: ['F2.7', 'F2.8', 'F2.9', 'F2.11'],
    },
    'request-on-premises': {
      kind: 'outcome',
      steps: ['have-ids-ready', 'open-support-for-business', 'enter-ids-first-time', 'any-account-on-premises'],
      why: { section: 'product-support', anchor: 'open-a-request' },
      sources: ['activate', 'product-support'],
      facts: ['F2.9', 'F4.2', 'F4.3', 'F4.4'],
    },
    'product-not-covered': {
      kind: 'outcome',
      steps: ['check-supported-products', 'older-product-unavailable', 'compare-paid-plans', 'premier-support'],
      why: { section: 'remaining-incidents', anchor: 'unavailable-plans' },
      sources: ['product-support', 'remaining-incidents', 'paid-plans'],
      facts: ['F4.1', 'F5.5', 'F8.1', 'F8.2'],
    },
    'request-cloud-signature': {
      kind: 'outcome',
      steps: [
        'have-ids-ready',
        'azure-link-benefits',
        'enter-ids-first-time',
        'already-associated-is-fine',
        'new-support-request',
      ],
      why: { section: 'access-id-error', anchor: 'link-support-benefits' },
      sources: ['activate', 'cloud-support', 'access-id-error'],
      facts: ['F2.9', 'F6.1', 'F6.2', 'F6.3', 'F7.1', 'F7.5'],
    },
    'cloud-not-included': {
      kind: 'outcome',
      steps: ['action-pack-on-premises-only', 'compare-paid-plans', 'advanced-support'],
      why: { section: 'access-id-error', anchor: 'action-pack' },
      sources: ['product-support', 'access-id-error', 'paid-plans'],
      facts: ['F4.4', 'F7.2', 'F8.1', 'F8.3'],
    },
    'csp-support-plan': {
      kind: 'outcome',
      steps: ['azure-request-csp', 'choose-csp-plan'],
      why: { section: 'cloud-support', anchor: 'csp-partners' },
      sources: ['cloud-support', 'access-id-error'],
      facts: ['F6.4', 'F7.1'],
    },
    'admin-agent-request': {
      kind: 'outcome',
      steps: ['open-csp-customers', 'service-management-request', 'choose-workload'],
      why: { section: 'cloud-support', anchor: 'admin-agents' },
      sources: ['cloud-support'],
      facts: ['F6.5'],
    },
    'remaining-check': {
      kind: 'outcome',
      steps: ['sfb-start-request', 'sfb-read-contract', 'sfb-add-contract', 'remaining-article'],
      why: { section: 'remaining-incidents', anchor: 'check-in-support-for-business' },
      sources: ['remaining-incidents'],
      facts: ['F5.2', 'F5.3', 'F5.6'],
    },
    'remaining-cloud-portal': {
      kind: 'outcome',
      steps: ['cloud-portals-dont-show', 'sfb-start-request', 'sfb-read-contract'],
      why: { section: 'remaining-incidents', anchor: 'where-to-look' },
      sources: ['remaining-incidents'],
      facts: ['F5.1', 'F5.2'],
    },
    'remaining-contract-missing': {
      kind: 'outcome',
      steps: ['sfb-add-contract', 'sfb-unavailable-plans', 'check-supported-products'],
      why: { section: 'remaining-incidents', anchor: 'associate-a-contract' },
      sources: ['remaining-incidents'],
      facts: ['F5.3', 'F5.4', 'F5.5'],
    },
    'paid-plans': {
      kind: 'outcome',
      steps: ['compare-paid-plans', 'premier-support', 'advanced-support'],
      why: { section: 'paid-plans', anchor: 'partner-plans' },
      sources: ['paid-plans'],
      facts: ['F8.1', 'F8.2', 'F8.3'],
    },
  },
  steps: {
    'switch-account': { labels: ['account', 'sign-in-another-account'] },
    'use-mpn-account': {},
    'use-company-account': {},
    'open-technical-benefits': { labels: ['benefits', 'technical-benefits'] },
    'sign-in-dashboard': { link: 'partner-center-dashboard' },
    'ask-about-offer': {},
    'check-other-account': { labels: ['account', 'sign-in-another-account'] },
    'compare-paid-plans': { link: 'compare-support-plans' },
    'press-activate': { labels: ['activate'] },
    'ids-shown-to-all': {},
    'ids-once-per-account': {},
    'ask-admin-activate': { labels: ['activate'] },
    'have-ids-ready': { labels: ['technical-benefits'] },
    'open-support-for-business': { link: 'support-for-business' },
    'enter-ids-first-time': {},
    'any-account-on-premises': {},
    'check-supported-products': { link: 'supported-products-n-1' },
    'older-product-unavailable': { labels: ['partner-support-contract', 'unavailable-plans'] },
    'premier-support': { link: 'premier-support' },
    'advanced-support': { link: 'advanced-support' },
    'azure-link-benefits': { labels: ['help-support', 'support-plans', 'link-support-benefits'] },
    'already-associated-is-fine': {},
    'new-support-request': { labels: ['new-support-request'] },
    'action-pack-on-premises-only': { link: 'support-for-business' },
    'azure-request-csp': { labels: ['help-support'] },
    'choose-csp-plan': { labels: ['cloud-solution-provider-plan'] },
    'open-csp-customers': { labels: ['customers'], link: 'csp-customers' },
    'service-management-request': { labels: ['service-management', 'new-request'] },
    'choose-workload': {},
    'ignore-error': {},
    'contract-hidden': {},
    'buy-new-plan': { link: 'compare-support-plans' },
    'sfb-start-request': { link: 'support-for-business' },
    'sfb-read-contract': { labels: ['partner-support-contract'] },
    'if-valid-ignore': { labels: ['new-support-request'] },
    'if-invalid-buy': { link: 'compare-support-plans' },
    'sfb-add-contract': { labels: ['purchase-more-plans', 'add-contract'] },
    'sfb-unavailable-plans': { labels: ['unavailable-plans', 'partner-support-contract'] },
    'remaining-article': { link: 'remaining-incidents-article' },
    'cloud-portals-dont-show': {},
  },
};
