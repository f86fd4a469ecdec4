/**
 * No function in src/ is longer than 80 lines: a longer one holds more than one job. Read with
 * TypeScript's parser, as the layers test reads imports; each failure names the file, the function
 * and its length. A function's length includes the functions nested in it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../support/paths.ts';

const maxLines = 80;

/** The TypeScript of a source file: an `.astro` file's frontmatter and `<script>` tags, any other file whole. */
function codeOf(file: string): string[] {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  if (!file.endsWith('.astro')) return [text];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [frontmatter, ...scripts];
}

/** A readable name for a function node: its own, or the variable, property or class member it is assigned to. */
function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name)
    return parent.name.getText(source);
  return `(anonymous function at line ${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1})`;
}

/** Every function in a piece of code that spans more than `maxLines` lines, with its length. */
export function longFunctions(file: string, code: string, limit = maxLines): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > limit) found.push(`${file}: ${nameOf(node, source)} is ${lines} lines (at most ${limit})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|astro)$/.test(entry.name))
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

describe('function length', () => {
  it('finds a long function (the reader works)', () => {
    const body = Array.from({ length: 5 }, (_, index) => `  const a${index} = ${index};`).join('\n');
    expect(longFunctions('x.ts', `export function big() {\n${body}\n}\nconst small = () => 1;`, 6)).toEqual([
      'x.ts: big is 7 lines (at most 6)',
    ]);
    expect(longFunctions('x.ts', `const f = function () {\n${body}\n};`, 6)).toEqual(['x.ts: f is 7 lines (at most 6)']);
  });

  it(`no function in src/ is over ${maxLines} lines`, () => {
    const found = sourceFiles('src').flatMap((file) => codeOf(file).flatMap((code) => longFunctions(file, code)));
    expect(found).toEqual([]);
    // Parsing every file of src/ takes seconds on a busy machine.
  }, 30_000);
});
