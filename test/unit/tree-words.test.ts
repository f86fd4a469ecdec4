/** The markup of troubleshooting texts, and the layout of the tree's diagram. */
import { describe, expect, it } from 'vitest';
import { plainWords, slotValues, wordParts } from '../../src/components/troubleshooting/words.ts';
import { layoutTree, wrapWords } from '../../src/components/troubleshooting/diagram-layout.ts';
import { validTree } from '../fixtures/trees/valid.ts';

describe('troubleshooting words', () => {
  it('splits a step into text, English words and the places of its labels and link', () => {
    const slot = slotValues(['benefits', 'link']);
    const text = `Expanda ${slot['benefits']} e leia o ID de acesso (<en>Access ID</en>) em ${slot['link']}.`;
    expect(wordParts(text)).toEqual([
      { kind: 'text', text: 'Expanda ' },
      { kind: 'slot', name: 'benefits' },
      { kind: 'text', text: ' e leia o ID de acesso (' },
      { kind: 'en', text: 'Access ID' },
      { kind: 'text', text: ') em ' },
      { kind: 'slot', name: 'link' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('drops the English marks for titles and announcements', () => {
    expect(plainWords('ID de acesso (<en>Access ID</en>)')).toBe('ID de acesso (Access ID)');
  });
});

describe('diagram layout', () => {
  const layout = layoutTree(validTree, {
    title: (id) => `title of ${id} `.repeat(id === 'pick' ? 12 : 1).trim(),
    answer: (_question, answer) => ({ text: `answer ${answer.id}`, english: answer.message !== undefined }),
  });

  it('wraps words into lines no longer than allowed', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('unbreakable-word x', 5)).toEqual(['unbreakable-word', 'x']);
  });

  it('draws each node once, below the one before, indented by depth, with a line from each question to each answer', () => {
    expect(layout.boxes.map((box) => box.id)).toEqual(['start', 'pick', 'done-yes', 'done-no', 'done-b']);
    expect(layout.boxes.map((box) => box.depth)).toEqual([0, 1, 2, 2, 1]);
    for (const [index, box] of layout.boxes.entries()) {
      const before = layout.boxes[index - 1];
      if (before) expect(box.y).toBeGreaterThan(before.y + before.height);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.edges).toHaveLength(layout.boxes.length - 1);
  });

  it('wraps a long title inside its box and puts each answer above the box it leads to', () => {
    const pick = layout.boxes.find((box) => box.id === 'pick')!;
    expect(pick.lines.length).toBeGreaterThan(1);
    for (const line of pick.lines) expect(line.y).toBeLessThan(pick.y + pick.height);
    expect(pick.answer?.lines.map((line) => line.text)).toEqual(['answer a']);
    expect(pick.answer!.lines[0]!.y).toBeLessThan(pick.y);
    expect(layout.boxes.find((box) => box.id === 'done-b')?.answer?.english).toBe(true);
  });
});
