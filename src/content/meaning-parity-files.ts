/**
 * Runs the meaning-parity check (meaning-parity.ts) over the guide's sources: every translated page
 * against the English page at the same relative path. Pages missing on either side are reported by
 * the content parity check, so they are skipped here.
 */
import { checkMeaningParity } from './meaning-parity.ts';
import { pagesOf, type GuideSources } from './sources.ts';

export function checkMeaningParityFiles(sources: GuideSources, localeFolders: readonly string[], sourceFolder = 'en'): string[] {
  const english = new Map(pagesOf(sources, sourceFolder).map((page) => [page.file, page]));
  return localeFolders
    .filter((folder) => folder !== sourceFolder)
    .flatMap((folder) =>
      pagesOf(sources, folder).flatMap((page) => {
        const source = english.get(page.file);
        return source
          ? checkMeaningParity({ path: source.path, source: source.text }, { path: page.path, source: page.text })
          : [];
      }),
    );
}
