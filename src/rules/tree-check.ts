/**
 * Build-time checks of a troubleshooting tree: its shape (every node reachable from the start,
 * questions with two or more answers, every path ending in an outcome, no cycles, exactly one way
 * into each node) and its words (every node and step has text in every locale). Pure: returns
 * problems that name the node or step, and the locale file for words.
 */
import { flatten, type ResourcesByTag } from '../i18n/check-translations.ts';
import { externalLinks, portalLabels, portalMessages, sectionKeys, type SectionKey } from './program.ts';
import { troubleshootingTree, type Tree, type TreeAnswer } from './troubleshooting.ts';
import { duplicates } from './validate.ts';

/** Paths the site uses below `troubleshooting/` for pages that are not nodes. */
export const reservedNodeIds: readonly string[] = ['map'];

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const factPattern = /^F([1-9])\.\d+$/;
const where = (id: string) => `troubleshooting tree: node "${id}"`;

/** One answer and the question it belongs to: a way into the node it leads to. */
export interface WayIn {
  readonly question: string;
  readonly answer: TreeAnswer;
}

/** For each node, the answers that lead to it. */
export function waysIn(tree: Tree): Map<string, WayIn[]> {
  const ways = new Map<string, WayIn[]>(Object.keys(tree.nodes).map((id) => [id, []]));
  for (const [question, node] of Object.entries(tree.nodes)) {
    if (node.kind !== 'question') continue;
    for (const answer of node.answers) ways.get(answer.next)?.push({ question, answer });
  }
  return ways;
}

/** The nodes a reader can reach from the start, in the order a walk meets them. */
export function reachableNodes(tree: Tree): string[] {
  const seen: string[] = [];
  const visit = (id: string) => {
    const node = tree.nodes[id];
    if (!node || seen.includes(id)) return;
    seen.push(id);
    if (node.kind === 'question') for (const answer of node.answers) visit(answer.next);
  };
  visit(tree.start);
  return seen;
}

/** Problems with the tree's shape and data, each naming the node (or step) at fault. */
export function checkTreeShape(tree: Tree): string[] {
  const problems: string[] = [];
  const nodes = tree.nodes;
  if (!(tree.start in nodes)) return [`troubleshooting tree: the start node "${tree.start}" does not exist`];

  for (const [id, node] of Object.entries(nodes)) {
    if (!idPattern.test(id)) problems.push(`${where(id)}: an id must be lower-case words joined by hyphens (it is a URL)`);
    if (reservedNodeIds.includes(id)) problems.push(`${where(id)}: the id is taken by another page below troubleshooting/`);
    if (node.kind === 'question') {
      if (node.answers.length === 0)
        problems.push(`${where(id)}: a path ends here, at a question without answers, not at an outcome`);
      else if (node.answers.length < 2)
        problems.push(`${where(id)}: a question needs at least 2 answers, it has ${node.answers.length}`);
      for (const answer of duplicates(node.answers.map((each) => each.id)))
        problems.push(`${where(id)}: answer "${answer}" appears twice`);
      for (const answer of node.answers) {
        if (!(answer.next in nodes))
          problems.push(
            `${where(id)}: answer "${answer.id}" leads to "${answer.next}", which is not a node (the path ends nowhere)`,
          );
        if (answer.message !== undefined && !(answer.message in portalMessages)) {
          problems.push(`${where(id)}: answer "${answer.id}" quotes unknown portal message "${answer.message}"`);
        }
      }
    } else if (node.kind === 'outcome') {
      problems.push(...checkOutcome(tree, id));
    } else {
      problems.push(`${where(id)}: kind must be "question" or "outcome"`);
    }
  }

  // One way into each node (none into the start), so a node's page knows the answers before it.
  for (const [id, ways] of waysIn(tree)) {
    const list = ways.map((way) => `"${way.question}" → "${way.answer.id}"`).join(', ');
    if (id === tree.start && ways.length > 0)
      problems.push(`${where(id)}: the start node is also the answer to a question (${list})`);
    if (id !== tree.start && ways.length > 1) {
      problems.push(`${where(id)}: reached by ${ways.length} answers (${list}); each node needs exactly one way in`);
    }
  }

  const reachable = reachableNodes(tree);
  for (const id of Object.keys(nodes)) if (!reachable.includes(id)) problems.push(`${where(id)}: not reachable from the start`);

  problems.push(...findCycles(tree));

  const used = new Set(Object.values(tree.nodes).flatMap((node) => (node.kind === 'outcome' ? node.steps : [])));
  for (const [id, step] of Object.entries(tree.steps)) {
    if (!used.has(id)) problems.push(`troubleshooting tree: step "${id}" is used by no outcome`);
    for (const label of step.labels ?? [])
      if (!(label in portalLabels)) problems.push(`troubleshooting tree: step "${id}": unknown portal label "${label}"`);
    if (step.link !== undefined && !(step.link in externalLinks))
      problems.push(`troubleshooting tree: step "${id}": unknown external link "${step.link}"`);
  }
  return problems;
}

function checkOutcome(tree: Tree, id: string): string[] {
  const node = tree.nodes[id];
  if (node?.kind !== 'outcome') return [];
  const problems: string[] = [];
  const isSection = (key: string): key is SectionKey => (sectionKeys as readonly string[]).includes(key);
  if (node.steps.length === 0) problems.push(`${where(id)}: an outcome needs at least one step`);
  for (const step of node.steps) if (!(step in tree.steps)) problems.push(`${where(id)}: unknown step "${step}"`);
  if (node.explains !== undefined && !(node.explains in portalMessages))
    problems.push(`${where(id)}: explains unknown portal message "${node.explains}"`);

  if (node.sources.length === 0) problems.push(`${where(id)}: an outcome must cite the FACTS.md sections it rests on (sources)`);
  for (const source of node.sources)
    if (!isSection(source)) problems.push(`${where(id)}: "${source}" is not a FACTS.md section key`);
  if (node.facts.length === 0) problems.push(`${where(id)}: an outcome must name the FACTS.md facts it rests on (facts)`);
  const sectionsOfFacts = new Set<string>();
  for (const fact of node.facts) {
    const match = factPattern.exec(fact);
    const section = match ? sectionKeys[Number(match[1]) - 1] : undefined;
    if (!section) {
      problems.push(`${where(id)}: "${fact}" is not a FACTS.md fact id`);
      continue;
    }
    sectionsOfFacts.add(section);
    if (!node.sources.includes(section))
      problems.push(`${where(id)}: fact ${fact} belongs to section "${section}", which sources does not list`);
  }
  for (const source of node.sources) {
    if (isSection(source) && !sectionsOfFacts.has(source))
      problems.push(`${where(id)}: source "${source}" is backed by none of its facts`);
  }
  if (!node.sources.includes(node.why.section))
    problems.push(`${where(id)}: the "why" section "${node.why.section}" is not among its sources`);
  if (!idPattern.test(node.why.anchor)) problems.push(`${where(id)}: "${node.why.anchor}" is not a section anchor`);
  return problems;
}

/** Answers that lead back to a node on the path that reached them. */
function findCycles(tree: Tree): string[] {
  const problems: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    const node = tree.nodes[id];
    if (node?.kind === 'question') {
      for (const answer of node.answers) {
        const next = state.get(answer.next);
        if (next === 'open') problems.push(`${where(id)}: answer "${answer.id}" leads back to "${answer.next}", a cycle`);
        else if (next === undefined && answer.next in tree.nodes) visit(answer.next);
      }
    }
    state.set(id, 'done');
  };
  for (const id of [tree.start, ...Object.keys(tree.nodes)]) if (!state.has(id) && id in tree.nodes) visit(id);
  return problems;
}

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
