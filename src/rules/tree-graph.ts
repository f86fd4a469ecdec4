/**
 * Walking a troubleshooting tree as a graph: the answers that lead into each node, the nodes a
 * reader can reach, answer cycles, the answers given on the way to a node and every path to an
 * outcome. Pure; the tree's check, the pages and the tests share it.
 */
import type { Tree, TreeAnswer } from './tree.ts';

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

/** Answers that lead back to a node on the path that reached them. */
export function cycles(tree: Tree): WayIn[] {
  const found: WayIn[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    const node = tree.nodes[id];
    if (node?.kind === 'question') {
      for (const answer of node.answers) {
        const next = state.get(answer.next);
        if (next === 'open') found.push({ question: id, answer });
        else if (next === undefined && answer.next in tree.nodes) visit(answer.next);
      }
    }
    state.set(id, 'done');
  };
  for (const id of [tree.start, ...Object.keys(tree.nodes)]) if (!state.has(id) && id in tree.nodes) visit(id);
  return found;
}

/** The answers that lead from the start to a node, in order (none for the start). */
export function answersSoFar(tree: Tree, id: string): WayIn[] {
  const ways = waysIn(tree);
  const given: WayIn[] = [];
  // The tree's check proves one way into every node and no cycles; the bound only guards a broken tree.
  for (let current = ways.get(id)?.[0]; current && given.length <= ways.size; current = ways.get(current.question)?.[0]) {
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
