/**
 * Build-time check of a troubleshooting tree's shape: every node reachable from the start,
 * questions with two or more answers, every path ending in an outcome, no cycles, exactly one way
 * into each node, and every id it uses known. Pure: returns problems that name the node.
 * Its words in every locale are checked by `src/i18n/check-tree-words.ts`.
 */
import { portalMessages } from './portal-messages.ts';
import { sectionKeys } from './program.ts';
import { cycles, reachableNodes, waysIn } from './tree-graph.ts';
import type { Tree } from './tree.ts';
import { checkSource, duplicates } from './validate.ts';

/** Paths the site uses below `troubleshooting/` for pages that are not nodes. */
export const reservedNodeIds: readonly string[] = ['map'];

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const factPattern = /^F([1-9])\.\d+$/;
const where = (id: string) => `troubleshooting tree: node "${id}"`;

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

  for (const { question, answer } of cycles(tree))
    problems.push(`${where(question)}: answer "${answer.id}" leads back to "${answer.next}", a cycle`);
  return problems;
}

function checkOutcome(tree: Tree, id: string): string[] {
  const node = tree.nodes[id];
  if (node?.kind !== 'outcome') return [];
  const problems: string[] = [];
  if (node.steps.length === 0) problems.push(`${where(id)}: an outcome needs at least one step`);
  for (const step of node.steps) if (!idPattern.test(step)) problems.push(`${where(id)}: "${step}" is not a step id`);
  if (node.explains !== undefined && !(node.explains in portalMessages))
    problems.push(`${where(id)}: explains unknown portal message "${node.explains}"`);

  problems.push(...checkSource(where(id), node.source));
  // The section that explains the outcome is one its facts come from (F<n> is section n of FACTS.md).
  const sectionsOfFacts = node.source.facts.map((fact) => sectionKeys[Number(factPattern.exec(fact)?.[1]) - 1]);
  if (node.source.facts.length > 0 && !sectionsOfFacts.includes(node.source.section))
    problems.push(`${where(id)}: none of its facts is from section "${node.source.section}", which explains it`);
  return problems;
}
