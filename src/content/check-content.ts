/**
 * Checks the guide's sources before the build: every page sits at `<locale>/<group>/<page>.mdx`, its
 * group has a `_group.yaml`, page names are unique across groups (they are the URLs), each content
 * folder is a locale, and a translated page has the same section anchors, `order` and `section` as
 * its English page. A page English has and a locale lacks is a problem when the project requires
 * full translations, and otherwise a warning (it is published in English). Reads the MDX sources;
 * every message names the file and field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

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

/** One guide page's source: `file` is `<group>/<page>.mdx` inside a locale folder. */
export interface GuideSource {
  readonly group: string;
  readonly slug: string;
  readonly file: string;
}

/** The guide pages of one locale folder, and any `.mdx` that is not at `<group>/<page>.mdx`. */
export function guideSources(localeDir: string): { pages: GuideSource[]; misplaced: string[] } {
  if (!existsSync(localeDir)) return { pages: [], misplaced: [] };
  const pages: GuideSource[] = [];
  const misplaced: string[] = [];
  const files = readdirSync(localeDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.mdx'))
    .sort();
  for (const file of files) {
    const parts = file.split('/');
    if (parts.length !== 2) misplaced.push(file);
    else pages.push({ group: parts[0]!, slug: basename(parts[1]!, '.mdx'), file });
  }
  return { pages, misplaced };
}

export interface ContentCheckOptions {
  /** The folder of the source language (English). */
  sourceFolder?: string;
  /** When true (the default) a page missing in a locale stops the build; otherwise it is a warning. */
  requireFullTranslation?: boolean;
}

export interface ContentCheck {
  /** Stop the build. */
  problems: string[];
  /** Printed; the pages named are published in English. */
  warnings: string[];
}

export function checkContent(
  contentRoot: string,
  localeFolders: readonly string[],
  { sourceFolder = 'en', requireFullTranslation = true }: ContentCheckOptions = {},
): ContentCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const rel = (...parts: string[]) => relative(dirname(contentRoot), join(contentRoot, ...parts));
  const missing = (message: string) => (requireFullTranslation ? problems : warnings).push(message);

  for (const entry of readdirSync(contentRoot)) {
    if (statSync(join(contentRoot, entry)).isDirectory() && !localeFolders.includes(entry))
      problems.push(`${rel(entry)}/ is not a locale folder (locales in src/i18n/locales.ts: ${localeFolders.join(', ')})`);
  }

  const english = guideSources(join(contentRoot, sourceFolder));
  if (english.pages.length === 0) problems.push(`${rel(sourceFolder)}: no guide pages`);
  const englishFiles = new Set(english.pages.map((page) => page.file));
  const englishGroups = new Set(english.pages.map((page) => page.group));

  for (const folder of localeFolders) {
    const { pages, misplaced } = folder === sourceFolder ? english : guideSources(join(contentRoot, folder));
    for (const file of misplaced)
      problems.push(`${rel(folder, file)}: a guide page must be at content/<locale>/<group>/<page>.mdx`);

    const groupOfSlug = new Map<string, string>();
    for (const page of pages) {
      const other = groupOfSlug.get(page.slug);
      if (other !== undefined)
        problems.push(`${rel(folder, page.file)}: page name "${page.slug}" is also used in ${rel(folder, other, page.slug)}.mdx`);
      else groupOfSlug.set(page.slug, page.group);
    }

    for (const group of englishGroups) {
      if (existsSync(join(contentRoot, folder, group, '_group.yaml'))) continue;
      const message = `${rel(folder, group, '_group.yaml')} is missing (the group's order and label)`;
      if (folder === sourceFolder) problems.push(message);
      else missing(message);
    }
    if (folder === sourceFolder) continue;

    for (const file of englishFiles) {
      if (!pages.some((page) => page.file === file)) missing(`${rel(folder, file)} is missing (exists in ${sourceFolder})`);
    }
    for (const page of pages) {
      if (!englishFiles.has(page.file)) {
        problems.push(`${rel(folder, page.file)} has no ${sourceFolder} counterpart`);
        continue;
      }
      const expected = outlineOf(readFileSync(join(contentRoot, sourceFolder, page.file), 'utf8'));
      const actual = outlineOf(readFileSync(join(contentRoot, folder, page.file), 'utf8'));
      const path = rel(folder, page.file);
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
  return { problems, warnings };
}
