/**
 * Precompressed copies (`.gz`, `.br`) next to every text file of the build, for hosts that serve
 * them as they are (nginx `gzip_static`, the local server) instead of compressing on each request.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const compressedExtensions = ['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt'] as const;

/** Writes `<file>.gz` and `<file>.br` for each text file under `dir` but `skip`; returns how many files. */
export function precompress(dir: string, skip: readonly string[] = []): number {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => !skip.includes(file) && compressedExtensions.some((extension) => file.endsWith(extension)),
  );
  for (const file of files) {
    const path = join(dir, file);
    const data = readFileSync(path);
    // zlib writes no timestamp, so two builds give identical files. Brotli 9: a few percent larger
    // than 11 for about a seventh of the CPU, which matters for a build run this often.
    writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }),
    );
  }
  return files.length;
}
