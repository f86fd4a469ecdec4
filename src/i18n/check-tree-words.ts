/**
 * Build-time check of a troubleshooting tree's words: every node, answer and step has text in every
 * locale's `troubleshooting.json`, and no step has words that no outcome uses. A step's portal labels
 * and link are the tokens of its text (checked as inline markup, src/i18n/inline-markup.ts). Also the
 * whole check the build runs on the site's tree (its shape from `src/rules/tree-check.ts`, then its
 * words). Pure: returns problems naming the locale file, the key and the node or step.
 */
import { checkTreeShape } from '../rules/tree-check.ts';
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

    const users = new Map<string, string[]>();
    for (const [nodeId, node] of Object.entries(tree.nodes))
      if (node.kind === 'outcome') for (const step of node.steps) users.set(step, [...(users.get(step) ?? []), `"${nodeId}"`]);
    for (const [id, nodes] of users) need(`step.${id}.text`, `step "${id}" (in node ${nodes.join(', ')})`);
    for (const key of flat.keys()) {
      const step = /^step\.([^.]+)\./.exec(key)?.[1];
      if (step !== undefined && !users.has(step)) problems.push(`${file}: "${key}" is the text of a step no outcome uses`);
    }
  }
  return problems;
}

/** Shape and words of a tree. */
export function checkTree(tree: Tree, resources: ResourcesByTag): string[] {
  return [...checkTreeShape(tree), ...checkTreeWords(tree, resources)];
}

/** The check the build runs on the site's tree. */
export function checkTroubleshootingTree(resources: ResourcesByTag): string[] {
  return checkTree(troubleshootingTree, resources);
}
