/**
 * Builds the search index after Astro has written the site: Pagefind's Node API reads every built
 * page and writes `dist/pagefind/`, one index per `<html lang>` (en, pt-br, es-es), so a reader only
 * ever searches pages in their own language. Only what a page marks `data-pagefind-body` is indexed
 * (the guide articles, troubleshooting steps, the calculator's explanations); header, footer and
 * navigation are marked `data-pagefind-ignore`.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { localeTags } from '../i18n/locales.ts';
import { pagefindFolder } from '../search/types.ts';
import { stabilise } from './pagefind-stable-output.ts';

/** The part of `pagefind-entry.json` we rely on: which language indexes exist and their size. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * Problems with the written index: every locale must have its own non-empty index, and nothing may
 * have been indexed under another language (a page without `lang`, or with a wrong one).
 */
export function checkIndexLanguages(entry: PagefindEntry, tags: readonly string[] = localeTags): string[] {
  const expected = tags.map((tag) => tag.toLowerCase());
  const problems: string[] = [];
  for (const language of expected) {
    const index = entry.languages[language];
    if (!index) problems.push(`${pagefindFolder}/pagefind-entry.json: no index for <html lang="${language}">`);
    else if (index.page_count === 0) problems.push(`${pagefindFolder}/pagefind-entry.json: the "${language}" index has no pages`);
  }
  for (const [language, index] of Object.entries(entry.languages)) {
    if (!expected.includes(language)) {
      problems.push(
        `${pagefindFolder}/pagefind-entry.json: ${index.page_count} page(s) indexed under unexpected language "${language}"`,
      );
    }
  }
  return problems;
}

/** Files Pagefind writes for its own search interfaces and web worker; this site uses neither. */
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/**
 * Pagefind joins the text of a table's cells with nothing between them, so an excerpt read
 * "Microsoft Action PackSilver competencyGold competency". Each cell's end gets a space in the copy
 * of the page Pagefind reads; the built page itself is unchanged.
 */
export function separateCells(html: string): string {
  return html.replace(/<\/t[hd]>/gi, ' $&');
}

/** Adds every built page under `dir` to the index, as the reader's search should see its words. */
export async function addPages(index: PagefindIndex, dir: string): Promise<string[]> {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const errors: string[] = [];
  for (const page of pages.sort()) {
    const added = await index.addHTMLFile({
      sourcePath: page.split(sep).join('/'),
      content: separateCells(readFileSync(join(dir, page), 'utf8')),
    });
    errors.push(...added.errors);
  }
  return errors;
}

function fail(problems: string[]): never {
  throw new Error(`Building the search index failed with ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const outputPath = join(distDir, pagefindFolder);
        try {
          const { index, errors } = await createIndex({});
          if (!index) fail(errors);
          const addErrors = await addPages(index, distDir);
          if (addErrors.length > 0) fail(addErrors);
          // The files come back in memory and are written here: reading them back from
          // Pagefind's own writer once raced its output (an empty pagefind-entry.json). Written side by side, not one after the
          // other: there is a fragment per page, and creating a file mostly waits.
          const built = await index.getFiles();
          if (built.errors.length > 0) fail(built.errors);
          rmSync(outputPath, { recursive: true, force: true });
          const kept = built.files.filter((file) => !unusedFiles.includes(file.path));
          for (const folder of new Set(kept.map((file) => dirname(join(outputPath, file.path)))))
            mkdirSync(folder, { recursive: true });
          await Promise.all(kept.map((file) => writeFile(join(outputPath, file.path), file.content)));
        } finally {
          await close();
        }
        const entryFile = join(outputPath, 'pagefind-entry.json');
        const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
        const problems = checkIndexLanguages(entry);
        if (problems.length > 0) fail(problems);
        writeFileSync(entryFile, JSON.stringify(stabilise(outputPath, entry)));
        const counts = Object.entries(entry.languages).map(([language, index]) => `${language} ${index.page_count}`);
        logger.info(`search index written: ${counts.join(', ')} page(s)`);
      },
    },
  };
}
