/**
 * Checks that every locale has the same guide pages with the same section anchors and the same
 * `order` and `section`, so the language picker and "English original" always find a counterpart.
 * Reads the MDX sources; returns problems naming file and field.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PageOutline {
  readonly anchors: string[];
  readonly order: string | undefined;
  readonly section: string | undefined;
}

/** The `{#anchor}` of each heading and the structural frontmatter fields of one MDX source. */
export function outlineOf(source: string): PageOutline {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+?)\\s*$`, 'm').exec(frontmatter)?.[1];
  const body = source.slice(frontmatter.length);
  const anchors = [...body.matchAll(/^#{2,6} .*\{\s*#([\w-]+)\s*\}\s*$/gm)].map((match) => match[1]!);
  return { anchors, order: field('order'), section: field('section') };
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort();
}

export function checkContentParity(contentRoot: string, localeFolders: readonly string[], sourceFolder = 'en'): string[] {
  const problems: string[] = [];
  const rel = (path: string) => relative(process.cwd(), path) || path;
  const sourceFiles = mdxFiles(join(contentRoot, sourceFolder));
  if (sourceFiles.length === 0) problems.push(`${rel(join(contentRoot, sourceFolder))}: no guide pages`);

  for (const folder of localeFolders) {
    const files = mdxFiles(join(contentRoot, folder));
    for (const file of sourceFiles) {
      if (!files.includes(file)) problems.push(`${rel(join(contentRoot, folder, file))} is missing (exists in ${sourceFolder})`);
    }
    for (const file of files) {
      if (!sourceFiles.includes(file))
        problems.push(`${rel(join(contentRoot, folder, file))} has no ${sourceFolder} counterpart`);
    }
    if (folder === sourceFolder) continue;
    for (const file of files.filter((candidate) => sourceFiles.includes(candidate))) {
      const expected = outlineOf(readFileSync(join(contentRoot, sourceFolder, file), 'utf8'));
      const actual = outlineOf(readFileSync(join(contentRoot, folder, file), 'utf8'));
      const path = rel(join(contentRoot, folder, file));
      if (expected.anchors.join() !== actual.anchors.join()) {
        problems.push(
          `${path}: section anchors [${actual.anchors.join(', ')}] differ from ${sourceFolder} [${expected.anchors.join(', ')}]`,
        );
      }
      for (const name of ['order', 'section'] as const) {
        if (expected[name] !== actual[name])
          problems.push(`${path}: frontmatter "${name}" is ${actual[name]} but ${expected[name]} in ${sourceFolder}`);
      }
    }
  }
  return problems;
}
