/**
 * Lays out a troubleshooting tree for its SVG picture: an indented tree, read top to bottom like the
 * nested list beside it. Each node is a box (question or outcome) under the answer that leads to it;
 * lines join a question to its answers. Pure: positions and wrapped lines, no markup.
 */
import type { Tree, TreeAnswer } from '../../rules/tree.ts';

export interface DiagramTexts {
  /** A node's title as plain text. */
  title(id: string): string;
  /** The words of the answer that leads to a node, and whether they are English portal text. */
  answer(question: string, answer: TreeAnswer): { text: string; english: boolean };
}

export interface DiagramBox {
  readonly id: string;
  readonly kind: 'question' | 'outcome';
  readonly depth: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Baselines of the title's lines. */
  readonly lines: readonly { readonly text: string; readonly y: number }[];
  readonly answer: { readonly english: boolean; readonly lines: readonly { readonly text: string; readonly y: number }[] } | null;
}

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly DiagramBox[];
  /** SVG path data of the lines from each question to the boxes its answers lead to. */
  readonly edges: readonly string[];
}

/** Sizes in SVG user units; widths of characters are generous averages so text stays inside. */
export const diagramMetrics = {
  width: 760,
  indent: 28,
  padding: 10,
  titleLine: 20,
  titleChar: 8,
  answerLine: 18,
  answerChar: 7.4,
  gap: 10,
  top: 8,
} as const;

/** Splits words into lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function layoutTree(tree: Tree, texts: DiagramTexts, metrics = diagramMetrics): DiagramLayout {
  const m = metrics;
  const boxes: DiagramBox[] = [];
  const edges: string[] = [];
  let y = m.top;

  const place = (
    id: string,
    depth: number,
    via: { question: string; answer: TreeAnswer } | null,
    seen: Set<string>,
  ): DiagramBox | null => {
    const node = tree.nodes[id];
    if (!node || seen.has(id)) return null;
    const x = depth * m.indent;
    const width = m.width - x;
    let answer: DiagramBox['answer'] = null;
    if (via) {
      const words = texts.answer(via.question, via.answer);
      const lines = wrapWords(words.text, Math.floor((width - 4) / m.answerChar)).map((text) => {
        y += m.answerLine;
        return { text, y: y - 4 };
      });
      answer = { english: words.english, lines };
      y += 4;
    }
    const titleLines = wrapWords(texts.title(id), Math.floor((width - 2 * m.padding) / m.titleChar));
    const top = y;
    const height = titleLines.length * m.titleLine + 2 * m.padding;
    const box: DiagramBox = {
      id,
      kind: node.kind,
      depth,
      x,
      y: top,
      width,
      height,
      lines: titleLines.map((text, index) => ({ text, y: top + m.padding + (index + 1) * m.titleLine - 5 })),
      answer,
    };
    boxes.push(box);
    y += height + m.gap;
    if (node.kind === 'question') {
      const inner = new Set(seen).add(id);
      const stem = x + m.indent / 2;
      for (const next of node.answers) {
        const child = place(next.next, depth + 1, { question: id, answer: next }, inner);
        if (child) edges.push(`M${stem} ${top + height} V${child.y + child.height / 2} H${child.x}`);
      }
    }
    return box;
  };

  place(tree.start, 0, null, new Set());
  return { width: m.width, height: y - m.gap + m.top, boxes, edges };
}
