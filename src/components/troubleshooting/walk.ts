/**
 * Walking a troubleshooting tree: where each node's page is, the answers that lead to a node, and
 * every path from the start to an outcome. Pure; the pages and the tests share it.
 */
import type { Tree, TreeAnswer } from '../../rules/troubleshooting.ts';

/** A node's page below the locale folder: the start is `troubleshooting/`, others `troubleshooting/<id>/`. */
export function nodePath(tree: Tree, id: string): string {
  return id === tree.start ? 'troubleshooting/' : `troubleshooting/${id}/`;
}

/** The diagram of the whole tree, below the locale folder. */
export const mapPath = 'troubleshooting/map/';

/** One answer given on the way to a node. */
export interface GivenAnswer {
  readonly question: string;
  readonly answer: TreeAnswer;
}

/** The answers that lead from the start to a node, in order (none for the start). */
export function answersSoFar(tree: Tree, id: string): GivenAnswer[] {
  const wayIn = new Map<string, GivenAnswer>();
  for (const [question, node] of Object.entries(tree.nodes)) {
    if (node.kind === 'question') for (const answer of node.answers) wayIn.set(answer.next, { question, answer });
  }
  const given: GivenAnswer[] = [];
  // tree-check proves one way into every node and no cycles; the bound only guards a broken tree.
  for (
    let current = wayIn.get(id);
    current && given.length <= Object.keys(tree.nodes).length;
    current = wayIn.get(current.question)
  ) {
    given.unshift(current);
  }
  return given;
}

/** Every path from the start to an outcome, as node ids. */
export function allPaths(tree: Tree): string[][] {
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    const node = tree.nodes[path.at(-1)!];
    if (!node) return;
    if (node.kind === 'outcome') paths.push(path);
    else for (const answer of node.answers) if (!path.includes(answer.next)) walk([...path, answer.next]);
  };
  walk([tree.start]);
  return paths;
}
