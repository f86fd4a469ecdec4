/** The words of the troubleshooting tree in every locale, and the layout of the tree's diagram. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { layoutTree, wrapWords } from '../../src/components/troubleshooting/diagram-layout.ts';
import { locales } from '../../src/i18n/locales.ts';
import { parseInline } from '../../src/i18n/inline-markup.ts';
import { looseKey, useTranslations } from '../../src/i18n/translator.ts';
import { loadLocaleFiles } from '../../src/i18n/load-locales.ts';
import { checkTroubleshootingTree } from '../../src/i18n/check-tree-words.ts';
import { troubleshootingTree } from '../../src/rules/troubleshooting.ts';
import { validTree } from '../fixtures/trees/valid.ts';
import { projectRoot } from '../support/paths.ts';

describe.each(locales)('troubleshooting steps in $tag', (locale) => {
  const t = useTranslations(locale.tag, 'troubleshooting');

  it('have words for every step, each link with words of its own', () => {
    expect(checkTroubleshootingTree(loadLocaleFiles(join(projectRoot, 'locales')).resources)).toEqual([]);
    const steps = new Set(
      Object.values(troubleshootingTree.nodes).flatMap((node) => (node.kind === 'outcome' ? node.steps : [])),
    );
    for (const id of steps) {
      for (const part of parseInline(t(looseKey(`step.${id}.text`)), id))
        if (part.kind === 'link') expect(part.text.trim().length, id).toBeGreaterThan(3);
    }
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
