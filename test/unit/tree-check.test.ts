/** The tree checks on small fixture trees: a valid one passes, each kind of broken one is named. */
import { describe, expect, it } from 'vitest';
import { checkTree, checkTreeWords } from '../../src/i18n/check-tree-words.ts';
import { checkTreeShape } from '../../src/rules/tree-check.ts';
import { reachableNodes, waysIn } from '../../src/rules/tree-graph.ts';
import { validTree, validWords } from '../fixtures/trees/valid.ts';
import { brokenTrees } from '../fixtures/trees/broken.ts';
import { brokenWords } from '../fixtures/trees/broken-words.ts';

describe('tree check on the valid fixture', () => {
  it('finds nothing wrong with its shape or its words', () => {
    expect(checkTree(validTree, validWords())).toEqual([]);
  });

  it('reaches every node and finds one way into each but the start', () => {
    expect(reachableNodes(validTree).sort()).toEqual(Object.keys(validTree.nodes).sort());
    const ways = waysIn(validTree);
    expect(ways.get('start')).toEqual([]);
    for (const id of Object.keys(validTree.nodes).filter((id) => id !== 'start')) expect(ways.get(id)).toHaveLength(1);
  });
});

describe('tree check names the node of each broken shape', () => {
  it.each(Object.entries(brokenTrees))('%s', (_kind, { tree, names, says }) => {
    const problems = checkTreeShape(tree);
    const naming = problems.filter((problem) => problem.includes(`"${names}"`));
    expect(naming.length, `no problem names "${names}":\n${problems.join('\n')}`).toBeGreaterThan(0);
    expect(
      naming.some((problem) => says.test(problem)),
      naming.join('\n'),
    ).toBe(true);
  });

  it('stops at a start node that does not exist', () => {
    expect(checkTreeShape({ ...validTree, start: 'missing' })).toEqual([
      'troubleshooting tree: the start node "missing" does not exist',
    ]);
  });
});

describe('tree check names the node and the locale file of missing words', () => {
  it.each(Object.entries(brokenWords))('%s', (_kind, { resources, names }) => {
    const problems = checkTreeWords(validTree, resources);
    expect(problems.length, 'no problem found').toBeGreaterThan(0);
    expect(
      problems.some((problem) => names.every((name) => problem.includes(name))),
      `no problem names all of ${names.join(', ')}:\n${problems.join('\n')}`,
    ).toBe(true);
  });
});
