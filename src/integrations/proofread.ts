/**
 * Proof-reads the built site the way a reader meets it: the visible text of every page, after
 * components and minification (visible-text.ts), for the slips no source check can see — words run
 * together across elements, doubled punctuation, a heading repeated by what follows it, UI keys
 * left untranslated, English in a translated page that is not marked `lang="en"`, quotation marks
 * of another language's style, and text that only a text browser would show (`<template>`,
 * `hidden`). Each problem names the page and the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { lineOf, visibleBlocks, type Block, type Piece } from './visible-text.ts';

export type ProofKind =
  'run-together' | 'punctuation' | 'repeated-heading' | 'ui-key' | 'english' | 'quotes' | 'text-browser-only';

export interface ProofProblem {
  readonly kind: ProofKind;
  readonly text: string;
}

export interface ProofOptions {
  /** Every UI string key (`form.submit`, `calculator:form.submit`): shown as such, it was never translated. */
  readonly uiKeys: ReadonlySet<string>;
  /** Names that stay in English in every locale (programs, benefits, portals), written bare. */
  readonly names: readonly string[];
  /**
   * The languages whose pages are translated and reviewed (those the term list covers): only there
   * is unmarked English a slip. A locale being added still shows English it has not translated.
   */
  readonly translated: ReadonlySet<string>;
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const endsWord = /[\p{L}\p{N}.,;:!?)\]»”]$/u;
const startsWord = /^[\p{L}\p{N}(«“]/u;

/**
 * Words English has and Portuguese and Spanish do not: two different ones in one stretch of
 * unmarked text, or "on-premises" alone, is English left unmarked.
 */
const englishWords = new Set(
  'the and of your you with this that is are was from for to by be it an on in not has have can will what which how when page'.split(
    ' ',
  ),
);

const around = (text: string, index: number, length = 0) => text.slice(Math.max(0, index - 30), index + length + 30).trim();

function runTogether(block: Block): ProofProblem[] {
  const problems: ProofProblem[] = [];
  let before = '';
  for (const piece of block.pieces) {
    if (before && endsWord.test(before) && startsWord.test(piece.text) && !piece.code) {
      const line = before + piece.text;
      problems.push({ kind: 'run-together', text: around(line.replace(/\s+/g, ' '), before.replace(/\s+/g, ' ').length) });
    }
    before += piece.text;
  }
  return problems;
}

function punctuation(block: Block): ProofProblem[] {
  const line = lineOf(block);
  const problems: ProofProblem[] = [];
  // Two marks where one belongs ("..", ".,", ": :"), an ellipsis written as dots aside, and two
  // parentheticals in a row ("Customers (Clientes) (customer list)").
  for (const match of line.matchAll(/(?<!\.)[.,;:]\s*[,;:]|[,;:]\s*\.(?!\.)|(?<![.\d])\.\s*\.(?!\.)|\)\s*\(/g))
    problems.push({ kind: 'punctuation', text: around(line, match.index, match[0].length) });
  // Two colons in one clause ("Why: Step 3: Activate"), unless the second is inside quotation marks;
  // each link is a clause of its own ("Previous: Overview" and "Next: Entitlements" side by side).
  const runs: string[] = [];
  block.pieces.forEach((piece, index) => {
    if (index === 0 || piece.link !== block.pieces[index - 1]!.link) runs.push('');
    runs[runs.length - 1] += piece.text;
  });
  for (const run of runs.map((text) => text.replace(/\s+/g, ' ')))
    for (const match of run.matchAll(/:\s[^:.!?;«“"\n]{1,40}:\s/g))
      problems.push({ kind: 'punctuation', text: around(run, match.index, match[0].length) });
  return problems;
}

const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function repeatedHeadings(blocks: readonly Block[]): ProofProblem[] {
  const problems: ProofProblem[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (!/^h[1-6]$/.test(block.tag) || !next) return;
    const heading = normalized(lineOf(block));
    const following = normalized(lineOf(next));
    // A sentence may open with its heading's subject; a title or label that repeats it is clutter.
    const short = following.split(' ').length <= 12;
    if (heading && (following === heading || (short && following.startsWith(heading))))
      problems.push({ kind: 'repeated-heading', text: `${lineOf(block)} / ${lineOf(next)}` });
  });
  return problems;
}

function uiKeys(line: string, keys: ReadonlySet<string>): ProofProblem[] {
  const problems: ProofProblem[] = [];
  for (const match of line.matchAll(/[\w-]+(?::[\w-]+)?(?:\.[\w-]+)+/g)) {
    if (keys.has(match[0])) problems.push({ kind: 'ui-key', text: around(line, match.index, match[0].length) });
  }
  // Interpolation or inline markup that was never resolved.
  for (const match of line.matchAll(/\{\{[^}]*\}\}|\{(?:label|link|message|portal|path|plan|en):[^}]*\}|\{en\|[^}]*\}/g))
    problems.push({ kind: 'ui-key', text: around(line, match.index, match[0].length) });
  return problems;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function unmarkedEnglish(block: Block, pageLang: string, names: RegExp | null, translated: ReadonlySet<string>): ProofProblem[] {
  if (!translated.has(pageLang)) return [];
  // Consecutive pieces in the page's language, read as one stretch.
  const stretches: string[] = [];
  let current = '';
  for (const piece of block.pieces) {
    if (!piece.lang.startsWith('en') && !piece.code) current += piece.text;
    else {
      stretches.push(current);
      current = ' ';
    }
  }
  stretches.push(current);
  const problems: ProofProblem[] = [];
  for (const stretch of stretches) {
    const text = names ? stretch.replace(names, ' ') : stretch;
    const words: string[] = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
    const english = new Set(words.filter((word) => englishWords.has(word)));
    if (english.size >= 2 || words.includes('on-premises')) problems.push({ kind: 'english', text: stretch.trim() });
  }
  return problems;
}

/** Quotation marks of the page's language: pt-BR and en “ ” (‘ ’ inside), es-ES « » (“ ” inside). */
function quotes(block: Block, pageLang: string): ProofProblem[] {
  const spanish = pageLang.startsWith('es');
  const problems: ProofProblem[] = [];
  let depth = 0;
  let line = '';
  for (const piece of block.pieces) {
    const own = piece.lang.toLowerCase() === pageLang.toLowerCase() && !piece.code;
    for (const char of piece.text) {
      line += char;
      if (char === '«') depth += 1;
      if (char === '»') depth = Math.max(0, depth - 1);
      if (!own) continue;
      const wrong = char === '"' || (spanish ? (char === '“' || char === '”') && depth === 0 : char === '«' || char === '»');
      if (wrong) problems.push({ kind: 'quotes', text: around(line, line.length - 1) + '…' });
    }
  }
  return problems;
}

function textBrowserOnly(block: Block): ProofProblem[] {
  const hidden = block.pieces.filter((piece: Piece) => piece.textBrowserOnly && letterOrDigit.test(piece.text));
  return hidden.length > 0
    ? [
        {
          kind: 'text-browser-only',
          text: hidden
            .map((piece) => piece.text)
            .join('')
            .trim(),
        },
      ]
    : [];
}

/** The problems of one page's HTML. */
export function proofreadPage(html: string, options: ProofOptions): ProofProblem[] {
  const blocks = visibleBlocks(html);
  const pageLang = /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? '';
  const names =
    options.names.length > 0
      ? new RegExp(
          `(?<![\\p{L}])(?:${[...options.names]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|')})(?![\\p{L}])`,
          'gu',
        )
      : null;
  const problems: ProofProblem[] = [...repeatedHeadings(blocks)];
  for (const block of blocks) {
    const line = lineOf(block);
    problems.push(
      ...runTogether(block),
      ...punctuation(block),
      ...uiKeys(line, options.uiKeys),
      ...unmarkedEnglish(block, pageLang, names, options.translated),
      ...quotes(block, pageLang),
      ...textBrowserOnly(block),
    );
  }
  return problems;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => join(dir, file));
}

/** Every problem of every built page, as `page: kind: "text"`. */
export function proofreadSite(distDir: string, options: ProofOptions): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(distDir)) {
    const page = relative(distDir, file).split(sep).join('/');
    for (const problem of proofreadPage(readFileSync(file, 'utf8'), options))
      problems.push(`${page}: ${problem.kind}: "${problem.text}"`);
  }
  return problems;
}

/** Every key path of UI strings (`{ form: { submit } }` → `form.submit`, `calculator:form.submit`). */
export function keyPaths(resources: Readonly<Record<string, unknown>>): Set<string> {
  const keys = new Set<string>();
  const walk = (value: unknown, path: string, namespace: string) => {
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key, namespace);
      return;
    }
    if (path.includes('.')) keys.add(path);
    keys.add(`${namespace}:${path}`);
  };
  for (const [namespace, strings] of Object.entries(resources)) walk(strings, '', namespace);
  return keys;
}
