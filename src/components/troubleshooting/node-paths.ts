/** Where the troubleshooting pages are, below the locale folder. The graph itself is walked in `src/rules/tree-graph.ts`. */
import type { Tree } from '../../rules/tree.ts';

/** A node's page: the start is `troubleshooting/`, others `troubleshooting/<id>/`. */
export function nodePath(tree: Tree, id: string): string {
  return id === tree.start ? 'troubleshooting/' : `troubleshooting/${id}/`;
}

/** The diagram of the whole tree. */
export const mapPath = 'troubleshooting/map/';
