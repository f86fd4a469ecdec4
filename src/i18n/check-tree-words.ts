/**
 * Build-time check of a troubleshooting tree's words: every node, answer, step and quoted portal
 * message has text in every locale's `troubleshooting.json`, and no step has words that no outcome
 * uses. A step's portal labels and link are the tokens of its text (checked as inline markup,
 * src/i18n/inline-markup.ts). Also the whole check the build runs on the site's tree (its shape from
 * `src/rules/tree-check.ts`, then its words). Pure: returns problems naming the locale file, the key
 * and the node, step or message.
 */
import { checkTreeShape } from '../rules/tree-check.ts';
import { portalMessages } from '../rules/portal-messages.ts';
import { troubleshootingTree } from '../rules/troubleshooting.ts';
import type { Tree } from '../rules/tree.ts';
import { flatten, type ResourcesByTag } from './check-translations.ts';

/** Problems with the words of every node and step, in every locale's `troubleshooting.json`. */
export function checkTreeWords(tree: Tree, resources: ResourcesByTag): string[] {
  const problems: string[] = [];
  for (const [tag, namespaces] of Object.entries(resources)) {
    const file = `locales/${tag}/troubleshooting.json`;
    const messages = namespaces['troubleshooting'];
    if (!messages) {
      problems.push(`${file} is missing`);
      continue;
    }
    const flat = flatten(messages);
    const need = (key: string, whose: string) => {
      const text = flat.get(key);
      if (text === undefined || text.trim() === '') problems.push(`${file}: ${whose} has no text "${key}"`);
      return text;
    };

    for (const [id, node] of Object.entries(tree.nodes)) {
      const whose = `node "${id}"`;
      need(`node.${id}.title`, whose);
      if (node.kind === 'question') {
        for (const answer of node.answers) if (answer.message === undefined) need(`node.${id}.answers.${answer.id}`, whose);
      } else {
        need(`node.${id}.summary`, whose);
      }
    }

    // A quoted message shows its wording and meaning, and search knows it by its variants.
    const quoted = quotedMessages(tree);
    for (const [id, nodes] of quoted)
      for (const part of ['wording', 'meaning', 'variants'])
        need(`message.${id}.${part}`, `portal message "${id}" (quoted in node ${nodes.join(', ')})`);

    const users = new Map<string, string[]>();
    for (const [nodeId, node] of Object.entries(tree.nodes))
      if (node.kind === 'outcome') for (const step of node.steps) users.set(step, [...(users.get(step) ?? []), `"${nodeId}"`]);
    for (const [id, nodes] of users) need(`step.${id}.text`, `step "${id}" (in node ${nodes.join(', ')})`);

    // Words nothing shows: left over, or written for a node or message the rules lack.
    const unused = {
      node: (id: string) => (id in tree.nodes ? null : 'the text of a node the tree does not have'),
      step: (id: string) => (users.has(id) ? null : 'the text of a step no outcome uses'),
      message: (id: string) => (quoted.has(id) ? null : 'the text of a portal message the tree does not quote'),
    };
    for (const key of flat.keys()) {
      const [, kind, id] = /^(node|step|message)\.([^.]+)\./.exec(key) ?? [];
      const why = kind && id ? unused[kind as keyof typeof unused](id) : null;
      if (why) problems.push(`${file}: "${key}" is ${why}`);
    }
  }
  return problems;
}

/** Each portal message the tree quotes (as an answer or as what an outcome explains), with the nodes quoting it. */
function quotedMessages(tree: Tree): Map<string, string[]> {
  const quoted = new Map<string, string[]>();
  const add = (message: string | undefined, node: string) => {
    if (message !== undefined) quoted.set(message, [...(quoted.get(message) ?? []), `"${node}"`]);
  };
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (node.kind === 'question') for (const answer of node.answers) add(answer.message, id);
    else add(node.explains, id);
  }
  return quoted;
}

/** Shape and words of a tree. */
export function checkTree(tree: Tree, resources: ResourcesByTag): string[] {
  return [...checkTreeShape(tree), ...checkTreeWords(tree, resources)];
}

/** The check the build runs on the site's tree; a problem with its shape names the file that holds the node. */
export function checkTroubleshootingTree(resources: ResourcesByTag): string[] {
  const messageNodes = new Set(Object.values(portalMessages).flatMap((message) => Object.keys(message.nodes)));
  const fileOf = (problem: string) =>
    messageNodes.has(/^troubleshooting tree: node "([^"]+)"/.exec(problem)?.[1] ?? '')
      ? 'src/rules/portal-messages.ts'
      : 'src/rules/troubleshooting.ts';
  return [
    ...checkTreeShape(troubleshootingTree).map((problem) => `${fileOf(problem)}: ${problem}`),
    ...checkTreeWords(troubleshootingTree, resources),
  ];
}
