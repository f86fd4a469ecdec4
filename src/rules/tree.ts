/**
 * The shape of any troubleshooting tree: the site's (troubleshooting.ts) and the fixtures the engine
 * tests use. A tree only routes: each answer names the node that follows. Words live per node in
 * `locales/<tag>/troubleshooting.json` (`node.<id>.…`, `step.<id>.text`); a step's portal labels and
 * link are the tokens of its text.
 */
import type { PortalMessageId } from './portal-messages.ts';
import type { Source } from './program.ts';

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

export interface TreeOutcome {
  readonly kind: 'outcome';
  /** The fix, in order; each step's words are `step.<id>.text`. */
  readonly steps: readonly string[];
  /** The portal message this outcome explains: its English text is on the outcome's page. */
  readonly explains?: PortalMessageId;
  /** The facts the outcome rests on, and the guide section that explains why (its "why" link). */
  readonly source: Source;
}

export type TreeNode<N extends string = string> = TreeQuestion<N> | TreeOutcome;

export interface Tree<N extends string = string> {
  readonly start: N;
  readonly nodes: Readonly<Record<N, TreeNode<N>>>;
}
