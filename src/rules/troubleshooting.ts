/**
 * The troubleshooting tree: from what a reader sees to the fix. Plain data that only routes: each
 * answer names the node that follows, and where the route depends on the program's rules a named
 * predicate of `predicates.ts` decides it. Node ids are the keys of `questions` and `outcomes`, and
 * of the nodes each portal message starts (`portal-messages.ts`, offered on the start page). Words
 * live in `locales/<tag>/troubleshooting.json`, keyed by these ids (`node.<id>.…`, `step.<id>.text`,
 * `message.<id>.…`); `tree-check.ts` checks the shape, `check-tree-words.ts` the words.
 *
 * Every node has exactly one way in, so a node's page knows the answers given before it.
 */
import {
  benefitForProduct,
  productKinds,
  type BenefitId,
  type OfferKind,
  type PortalId,
  type ProductKind,
  type RoleId,
} from './program.ts';
import { canActivate, canUseServiceManagement, offerIncludes, showsRemainingIncidents } from './predicates.ts';
import { portalMessages, type MessageNode, type MessageNodeId, type PortalMessageId } from './portal-messages.ts';
import type { Tree, TreeNode, TreeOutcome, TreeQuestion } from './tree.ts';

// ---------------------------------------------------------------------------------------------
// Routes the program's rules decide

/**
 * The one node that follows for every value an answer stands for. An answer that groups values the
 * rules route differently would hide that difference, so the build stops.
 */
function sameRoute<T, N extends string>(answer: string, values: readonly T[], route: (value: T) => N): N {
  const routes = [...new Set(values.map(route))];
  if (routes.length !== 1) {
    throw new Error(
      `troubleshooting tree: answer "${answer}" groups values the rules route to different nodes (${routes.join(', ')})`,
    );
  }
  return routes[0]!;
}

/** F2.8: whoever may press Activate does it; everyone else asks someone who may. */
const afterRole = (role: RoleId) => (canActivate(role) ? 'activate-benefits' : 'ask-admin-to-activate');

/** F6.1, F7.2: offers with Signature Cloud Support link it in Azure; the others have no cloud support. */
const afterCloudOffer = (offer: OfferKind) =>
  offerIncludes(offer, 'signature-cloud-support') ? 'request-cloud-signature' : 'cloud-not-included';

/** F6.5: the Admin agent role has its own way, through Service Management in Partner Center. */
const afterCloudRole = (role: RoleId) => (canUseServiceManagement(role) ? 'admin-agent-request' : 'request-cloud-signature');

/** F3.3, F4.1, F5.5: the benefit that serves a kind of product decides where its request goes. */
const byBenefit = {
  'product-support': 'request-on-premises',
  'signature-cloud-support': 'cloud-request',
  none: 'product-not-covered',
} as const satisfies Record<BenefitId | 'none', string>;
const afterProduct = (product: ProductKind) => byBenefit[benefitForProduct[product] ?? 'none'];

/** F5.1: a portal that does not show the remaining incidents is the wrong place to look. */
const afterPortal = (portal: PortalId) =>
  showsRemainingIncidents(portal) ? 'remaining-contract-missing' : 'remaining-cloud-portal';

// ---------------------------------------------------------------------------------------------
// The tree

/** Where the start page's answer for a message leads: the first node of its record. */
function entryOf(message: PortalMessageId): MessageNodeId {
  const first = Object.keys(portalMessages[message].nodes)[0];
  if (first === undefined) throw new Error(`portalMessages["${message}"] (src/rules/portal-messages.ts): no node to lead to`);
  return first as MessageNodeId;
}

/** The start page: every portal message, in the order of their records, then common situations. */
const start = {
  kind: 'question',
  answers: [
    ...(Object.keys(portalMessages) as PortalMessageId[]).map((message) => ({
      id: message,
      message,
      group: 'message' as const,
      next: entryOf(message),
    })),
    { id: 'no-ids', group: 'situation', next: 'who-activates' },
    { id: 'open-request', group: 'situation', next: 'request-product' },
    { id: 'remaining', group: 'situation', next: 'remaining-where' },
    { id: 'more-support', group: 'situation', next: 'paid-plans' },
  ],
} as const satisfies TreeQuestion;

/**
 * The nodes below the portal messages (src/rules/portal-messages.ts); each outcome explains its
 * message. Typing a record's nodes as nodes of this tree checks that each of its answers leads to one.
 */
const messageNodeEntries = (Object.keys(portalMessages) as PortalMessageId[]).flatMap((message) =>
  Object.entries<MessageNode<NodeId>>(portalMessages[message].nodes).map(([id, node]): [string, TreeNode<NodeId>] => [
    id,
    node.kind === 'outcome' ? { ...node, explains: message } : node,
  ]),
);
const messageNodes = Object.fromEntries(messageNodeEntries) as Record<MessageNodeId, TreeNode<NodeId>>;

/** The other questions, in the order the pages list them. */
const questions = {
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
} as const satisfies Record<string, TreeQuestion>;

/** The outcomes: the fix, in steps, and where it comes from. */
const outcomes = {
  'activate-benefits': {
    kind: 'outcome',
    steps: ['sign-in-dashboard', 'open-technical-benefits', 'press-activate', 'ids-shown-to-all', 'ids-once-per-account'],
    source: {
      section: 'activate',
      anchor: 'activate-the-benefit',
      facts: ['F2.2', 'F2.4', 'F2.7', 'F2.8', 'F2.9', 'F2.11', 'F3.2'],
    },
  },
  'ask-admin-to-activate': {
    kind: 'outcome',
    steps: ['ask-admin-activate', 'ids-shown-to-all', 'ids-once-per-account'],
    source: { section: 'activate', anchor: 'activate-the-benefit', facts: ['F2.7', 'F2.8', 'F2.9', 'F2.11'] },
  },
  'request-on-premises': {
    kind: 'outcome',
    steps: ['have-ids-ready', 'open-support-for-business', 'enter-ids-first-time', 'any-account-on-premises'],
    source: { section: 'product-support', anchor: 'open-a-request', facts: ['F2.9', 'F4.2', 'F4.3', 'F4.4'] },
  },
  'product-not-covered': {
    kind: 'outcome',
    steps: ['check-supported-products', 'older-product-unavailable', 'compare-paid-plans', 'premier-support'],
    source: { section: 'remaining-incidents', anchor: 'unavailable-plans', facts: ['F4.1', 'F5.5', 'F8.1', 'F8.2'] },
  },
  'request-cloud-signature': {
    kind: 'outcome',
    steps: ['have-ids-ready', 'azure-link-benefits', 'enter-ids-first-time', 'already-associated-is-fine', 'new-support-request'],
    source: {
      section: 'access-id-error',
      anchor: 'link-support-benefits',
      facts: ['F2.9', 'F6.1', 'F6.2', 'F6.3', 'F7.1', 'F7.5'],
    },
  },
  'cloud-not-included': {
    kind: 'outcome',
    steps: ['action-pack-on-premises-only', 'compare-paid-plans', 'advanced-support'],
    source: { section: 'access-id-error', anchor: 'action-pack', facts: ['F4.4', 'F7.2', 'F8.1', 'F8.3'] },
  },
  'csp-support-plan': {
    kind: 'outcome',
    steps: ['azure-request-csp', 'choose-csp-plan'],
    source: { section: 'cloud-support', anchor: 'csp-partners', facts: ['F6.4', 'F7.1'] },
  },
  'admin-agent-request': {
    kind: 'outcome',
    steps: ['open-csp-customers', 'service-management-request', 'choose-workload'],
    source: { section: 'cloud-support', anchor: 'admin-agents', facts: ['F6.5'] },
  },
  'remaining-check': {
    kind: 'outcome',
    steps: ['sfb-start-request', 'sfb-read-contract', 'sfb-add-contract', 'remaining-article'],
    source: { section: 'remaining-incidents', anchor: 'check-in-support-for-business', facts: ['F5.2', 'F5.3', 'F5.6'] },
  },
  'remaining-cloud-portal': {
    kind: 'outcome',
    steps: ['cloud-portals-dont-show', 'sfb-start-request', 'sfb-read-contract'],
    source: { section: 'remaining-incidents', anchor: 'where-to-look', facts: ['F5.1', 'F5.2'] },
  },
  'remaining-contract-missing': {
    kind: 'outcome',
    steps: ['sfb-add-contract', 'sfb-unavailable-plans', 'check-supported-products'],
    source: { section: 'remaining-incidents', anchor: 'associate-a-contract', facts: ['F5.3', 'F5.4', 'F5.5'] },
  },
  'paid-plans': {
    kind: 'outcome',
    steps: ['compare-paid-plans', 'premier-support', 'advanced-support'],
    source: { section: 'paid-plans', anchor: 'partner-plans', facts: ['F8.1', 'F8.2', 'F8.3'] },
  },
} as const satisfies Record<string, TreeOutcome>;

export type NodeId = 'start' | MessageNodeId | keyof typeof questions | keyof typeof outcomes;

/** The tree; typing it checks that every answer leads to a node. */
export const troubleshootingTree: Tree<NodeId> = {
  start: 'start',
  nodes: { start, ...messageNodes, ...questions, ...outcomes },
};

// Spreading the nodes together keeps one of two nodes with the same id; the build stops instead.
const ids = ['start', ...messageNodeEntries.map(([id]) => id), ...Object.keys(questions), ...Object.keys(outcomes)];
for (const id of new Set(ids.filter((each, index) => ids.indexOf(each) !== index)))
  throw new Error(
    `troubleshooting tree: node "${id}" is defined twice (src/rules/troubleshooting.ts, src/rules/portal-messages.ts)`,
  );

/** Every node id, questions first (the order the search page lists them). */
const ofKind = (kind: TreeNode['kind']) =>
  (Object.keys(troubleshootingTree.nodes) as NodeId[]).filter((id) => troubleshootingTree.nodes[id].kind === kind);
export const nodeIds: NodeId[] = [...ofKind('question'), ...ofKind('outcome')];
