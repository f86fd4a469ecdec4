/**
 * The site's troubleshooting tree, node by node: for each answer outside the portal messages'
 * records (whose routes are their data, src/rules/portal-messages.ts), the node that follows is the
 * one written here. Also: the tree passes its checks with the real words, every portal message leads
 * to an outcome that explains it (sources and their anchors: rules-exhaustive.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { troubleshootingTree as tree, nodeIds, type NodeId } from '../../src/rules/troubleshooting.ts';
import { checkTroubleshootingTree } from '../../src/i18n/check-tree-words.ts';
import { portalMessages } from '../../src/rules/portal-messages.ts';
import { loadLocaleFiles } from '../../src/i18n/load-locales.ts';
import { allPaths, answersSoFar } from '../../src/rules/tree-graph.ts';
import { nodePath } from '../../src/components/troubleshooting/node-paths.ts';
import { projectRoot } from '../support/paths.ts';

/** Question → answer → the node a reader who gives that answer must reach. */
const expectedNext: Record<string, Record<string, NodeId>> = {
  start: {
    'no-ids': 'who-activates',
    'open-request': 'request-product',
    remaining: 'remaining-where',
    'more-support': 'paid-plans',
  },
  // F2.8: Global admins and MPN partner admins activate; Admin agents and others cannot.
  'who-activates': { 'can-activate': 'activate-benefits', 'other-role': 'ask-admin-to-activate' },
  // F4.1, F5.5, F6.1: recent on-premises, older on-premises, cloud.
  'request-product': {
    'recent-on-premises': 'request-on-premises',
    'older-on-premises': 'product-not-covered',
    cloud: 'cloud-request',
  },
  // F6.1, F7.2, F6.4, F6.5.
  'cloud-request': {
    'gold-or-silver': 'request-cloud-signature',
    'action-pack': 'cloud-not-included',
    'csp-azure': 'csp-support-plan',
    'admin-agent': 'admin-agent-request',
  },
  // F5.1: cloud portals do not show the number; Support for Business does.
  'remaining-where': {
    'cloud-portal': 'remaining-cloud-portal',
    'support-for-business': 'remaining-contract-missing',
    'not-yet': 'remaining-check',
  },
};

const messageNodes = new Set(Object.values(portalMessages).flatMap((message) => Object.keys(message.nodes)));
/** Each question outside the messages' records, with its answers that are not a portal message. */
const questions = Object.entries(tree.nodes).flatMap(([id, node]) =>
  node.kind === 'question' && !messageNodes.has(id)
    ? [{ id, node: { ...node, answers: node.answers.filter((answer) => answer.message === undefined) } }]
    : [],
);

describe('troubleshooting tree routes', () => {
  it('has an expectation for every question and every answer outside the portal messages', () => {
    expect(Object.keys(expectedNext).sort()).toEqual(questions.map(({ id }) => id).sort());
    for (const { id, node } of questions)
      expect(Object.keys(expectedNext[id]!).sort(), id).toEqual(node.answers.map((answer) => answer.id).sort());
  });

  describe.each(questions)('question "$id"', ({ id, node }) => {
    it.each(node.answers.map((answer) => [answer.id, answer.next] as const))(
      'answer "%s" leads to the expected node',
      (answer, next) => {
        expect(next).toBe(expectedNext[id]![answer]);
      },
    );
  });

  it('starts with "what do you see?"', () => {
    expect(tree.start).toBe('start');
    expect(nodeIds[0]).toBe('start');
  });
});

describe('troubleshooting tree as a whole', () => {
  const { resources } = loadLocaleFiles(join(projectRoot, 'locales'));

  it('passes the build check with the words of every locale', () => {
    expect(checkTroubleshootingTree(resources)).toEqual([]);
  });

  it('offers every portal message on the start page and explains it in an outcome down that path', () => {
    const start = tree.nodes.start;
    if (start.kind !== 'question') throw new Error('start is not a question');
    for (const message of Object.keys(portalMessages)) {
      const answer = start.answers.find((each) => each.message === message);
      expect(answer, message).toBeDefined();
      const outcomes = allPaths(tree)
        .filter((path) => path[1] === answer!.next)
        .map((path) => tree.nodes[path.at(-1) as NodeId]);
      expect(outcomes.length, message).toBeGreaterThan(0);
      for (const outcome of outcomes) expect(outcome.kind === 'outcome' && outcome.explains, message).toBe(message);
    }
  });

  it('needs few questions: no path asks more than three', () => {
    for (const path of allPaths(tree)) expect(path.length - 1, path.join(' → ')).toBeLessThanOrEqual(3);
  });

  it('lists the answers given before a node, from the start', () => {
    expect(answersSoFar(tree, 'access-id-already-linked').map(({ question, answer }) => `${question}:${answer.id}`)).toEqual([
      'start:access-id-already-associated',
      'access-id-error:valid',
    ]);
    expect(answersSoFar(tree, 'start')).toEqual([]);
    expect(nodePath(tree, 'start')).toBe('troubleshooting/');
    expect(nodePath(tree, 'paid-plans')).toBe('troubleshooting/paid-plans/');
  });
});
