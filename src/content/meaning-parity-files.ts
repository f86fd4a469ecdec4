/**
 * Runs the meaning-parity check (meaning-parity.ts) over the guide's MDX files: every translated page
 * against the English page at the same relative path. Pages missing on either side are reported by
 * the content parity check, so they are skipped here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkMeaningParity } from './meaning-parity.ts';

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort();
}

export function checkMeaningParityFiles(contentRoot: string, localeFolders: readonly string[], sourceFolder = 'en'): string[] {
  const page = (folder: string, file: string) => {
    const path = join(contentRoot, folder, file);
    // Named from the project root (the folder holding content/), whatever the working directory.
    return { path: relative(join(contentRoot, '..'), path).replaceAll('\\', '/'), source: readFileSync(path, 'utf8') };
  };
  const sourceFiles = mdxFiles(join(contentRoot, sourceFolder));
  return localeFolders
    .filter((folder) => folder !== sourceFolder)
    .flatMap((folder) =>
      mdxFiles(join(contentRoot, folder))
        .filter((file) => sourceFiles.includes(file))
        .flatMap((file) => checkMeaningParity(page(sourceFolder, file), page(folder, file))),
    );
}
