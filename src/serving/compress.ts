/**
 * Precompressed copies next to the files of the build, for hosts that serve them as they are
 * (nginx `gzip_static`/`brotli_static`, the local server) instead of compressing on each request:
 * `.gz` and `.br` beside each text file, and `.br` beside each of Pagefind's own files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

export const compressedExtensions = ['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt'] as const;

/** Pagefind's index, fragments and WebAssembly: gzip files that Pagefind's script inflates itself. */
export const pagefindExtensions = ['.pagefind', '.pf_index', '.pf_fragment', '.pf_meta', '.pf_filter'] as const;

const brotli = (data: Buffer, quality: number) =>
  brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });

/**
 * Writes `<file>.gz` and `<file>.br` for each text file under `dir` but `skip`, and `<file>.br` for
 * each Pagefind file; returns how many files got copies.
 */
export function precompress(dir: string, skip: readonly string[] = []): number {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => !skip.includes(file));
  let count = 0;
  for (const file of files) {
    const path = join(dir, file);
    if (compressedExtensions.some((extension) => file.endsWith(extension))) {
      const data = readFileSync(path);
      // zlib writes no timestamp, so two builds give identical files. Brotli 9: a few percent larger
      // than 11 for about a seventh of the CPU, which matters for a build run this often.
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      writeFileSync(`${path}.br`, brotli(data, 9));
      count++;
    } else if (pagefindExtensions.some((extension) => file.endsWith(extension))) {
      // Pagefind reads either its gzip file or, when the browser has already decoded the response,
      // the plain content (it starts with "pagefind_dcd"). Brotli 11 of the plain content is 10–14%
      // smaller than Pagefind's gzip (the WebAssembly: 62 KB against 72 KB), and these are the bytes
      // of a reader's first search. A host that serves no .br sends the gzip file as before.
      writeFileSync(`${path}.br`, brotli(gunzipSync(readFileSync(path)), 11));
      count++;
    }
  }
  return count;
}
