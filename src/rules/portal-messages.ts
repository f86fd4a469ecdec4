/**
 * The messages the portals show that readers come with, one record each: the exact English text
 * (quoted verbatim; readers paste it into search), the guide section that explains it, and the part
 * of the troubleshooting tree that starts from it. The start page offers every message, in this
 * order, and its answer leads to the record's first node; every outcome below explains the message
 * (troubleshooting.ts spreads the nodes into the tree). Node ids are the pages' URLs.
 *
 * A message's words (`message.<id>.meaning`, its wording in each language, `.variants` readers
 * type) sit next to its nodes' words in `locales/<tag>/troubleshooting.json`; English has no
 * wording of its own there: src/i18n/load-locales.ts puts `text` under `message.<id>.wording`.
 *
 * Only types are imported, so this module runs unchanged at build time and in the browser.
 */
import type { Source } from './program.ts';
import type { TreeOutcome, TreeQuestion } from './tree.ts';

/** A node below a message: an outcome's `explains` is the message whose record holds it. */
export type MessageNode<N extends string = string> = TreeQuestion<N> | Omit<TreeOutcome, 'explains'>;

export interface PortalMessage {
  readonly text: string;
  readonly source: Source;
  /** The node the start page's answer leads to, then the nodes below it. */
  readonly nodes: Readonly<Record<string, MessageNode>>;
}

export const portalMessages = {
  'not-authorized': {
    text: 'You are not authorized for this action',
    source: { section: 'activate', anchor: 'sign-in', facts: ['F2.3'] },
    nodes: {
      'not-authorized': {
        kind: 'outcome',
        steps: ['switch-account', 'use-mpn-account', 'open-technical-benefits'],
        source: { section: 'activate', anchor: 'sign-in', facts: ['F2.2', 'F2.3', 'F2.4', 'F2.6'] },
      },
    },
  },
  'no-benefits-yet': {
    text: "Looks like you don't have any benefits yet",
    source: { section: 'activate', anchor: 'open-technical-benefits', facts: ['F2.5'] },
    nodes: {
      'no-benefits': {
        kind: 'question',
        // F2.5, F2.6: an active offer but no benefits shown means the wrong account.
        answers: [
          { id: 'has-offer', next: 'wrong-account' },
          { id: 'no-offer', next: 'no-active-offer' },
        ],
      },
      'wrong-account': {
        kind: 'outcome',
        steps: ['switch-account', 'use-company-account', 'open-technical-benefits'],
        source: { section: 'activate', anchor: 'open-technical-benefits', facts: ['F2.4', 'F2.6'] },
      },
      'no-active-offer': {
        kind: 'outcome',
        steps: ['ask-about-offer', 'check-other-account', 'compare-paid-plans'],
        source: { section: 'activate', anchor: 'open-technical-benefits', facts: ['F2.4', 'F2.5', 'F2.6', 'F8.1'] },
      },
    },
  },
  'access-id-already-associated': {
    text: 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID',
    source: { section: 'access-id-error', anchor: 'the-error', facts: ['F7.3'] },
    nodes: {
      'access-id-error': {
        kind: 'question',
        // F7.5, F7.6: the two scenarios, and finding out which one applies (F5.2).
        answers: [
          { id: 'valid', next: 'access-id-already-linked' },
          { id: 'expired-or-used-up', next: 'access-id-expired' },
          { id: 'unsure', next: 'access-id-check-contract' },
        ],
      },
      'access-id-already-linked': {
        kind: 'outcome',
        steps: ['ignore-error', 'new-support-request'],
        source: { section: 'access-id-error', anchor: 'already-linked', facts: ['F7.3', 'F7.4', 'F7.5'] },
      },
      'access-id-expired': {
        kind: 'outcome',
        steps: ['contract-hidden', 'buy-new-plan', 'advanced-support'],
        source: { section: 'access-id-error', anchor: 'expired-or-used-up', facts: ['F7.3', 'F7.6', 'F8.1', 'F8.3'] },
      },
      'access-id-check-contract': {
        kind: 'outcome',
        steps: ['sfb-start-request', 'sfb-read-contract', 'if-valid-ignore', 'if-invalid-buy'],
        source: { section: 'access-id-error', anchor: 'the-error', facts: ['F5.1', 'F5.2', 'F7.3', 'F7.5', 'F7.6', 'F8.1'] },
      },
    },
  },
} as const satisfies Record<string, PortalMessage>;

export type PortalMessageId = keyof typeof portalMessages;

/** The ids of the nodes below the messages. */
export type MessageNodeId = { [M in PortalMessageId]: keyof (typeof portalMessages)[M]['nodes'] & string }[PortalMessageId];
