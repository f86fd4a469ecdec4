/**
 * Build-time check of a troubleshooting tree's words: every node, answer and step has text in every
 * locale's `troubleshooting.json`, with the label and link tokens its step needs. Also the whole check the
 * build runs on the site's tree (its shape from `src/rules/tree-check.ts`, then its words). Pure:
 * returns problems naming the locale file, the key and the node or step.
 */
import { checkTreeShape } from '../rules/tree-check.ts';
import { troubleshootingTree, type Tree } from '../rules/troubleshooting.ts';
import { flatten, type ResourcesByTag } from './check-translations.ts';

/** The `{label:…}` and `{link:…|…}` tokens of a step's text (the inline markup, src/i18n/inline-markup.ts). */
export function stepTokens(text: string): string[] {
  return [...text.matchAll(/\{(label|link):([a-z0-9-]+)(\|[^{}]*)?\}/g)].map((match) =>
    match[1] === 'link' ? `{link:${match[2]}|…}` : `{label:${match[2]}}`,
  );
}

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

    for (const [id, step] of Object.entries(tree.steps)) {
      const users = Object.entries(tree.nodes)
        .filter(([, node]) => node.kind === 'outcome' && node.steps.includes(id))
        .map(([nodeId]) => `"${nodeId}"`);
      const whose = `step "${id}" (in node ${users.join(', ') || 'none'})`;
      const text = need(`step.${id}.text`, whose);
      if (text === undefined) continue;
      // The step's labels and link are the rules' (tree.steps); its words name them with the inline markup.
      const expected = [
        ...(step.labels ?? []).map((label) => `{label:${label}}`),
        ...(step.link !== undefined ? [`{link:${step.link}|…}`] : []),
      ].sort();
      const actual = [...new Set(stepTokens(text))].sort();
      if (expected.join() !== actual.join()) {
        const list = (tokens: string[]) => (tokens.length === 0 ? 'no label or link' : tokens.join(', '));
        problems.push(`${file}: ${whose} must use ${list(expected)} in "step.${id}.text", it uses ${list(actual)}`);
      }
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
