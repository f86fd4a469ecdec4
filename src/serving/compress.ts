/**
 * Precompressed copies next to the files of the build, for hosts that serve them as they are
 * (nginx `gzip_static`/`brotli_static`, the local server) instead of compressing on each request:
 * `.gz` and `.br` beside each text file, and `.br` beside each of Pagefind's own files.
 * A step of the nginx deploy, not of every build: `npm run build:nginx` (or `npm run precompress`
 * after a build) runs it; hosts that compress themselves never need the copies, and the build
 * does not wait for them.
 *
 * At a thousand guide pages per locale that is ~320 MB of HTML, so the files are compressed
 * asynchronously: zlib's async calls run on libuv's thread pool, so every core works while this
 * thread reads and writes, and a bounded number of files is in flight at once (memory stays a few
 * files' worth).
 */
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import { hiddenFiles } from './policy.ts';

export const compressedExtensions = ['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt'] as const;

/** Pagefind's index, fragments and WebAssembly: gzip files that Pagefind's script inflates itself. */
export const pagefindExtensions = ['.pagefind', '.pf_index', '.pf_fragment', '.pf_meta', '.pf_filter'] as const;

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const brotliAsync = promisify(brotliCompress);

/**
 * A window just large enough for the file (2^bits − 16 bytes; at most brotli's default 4 MB): a
 * larger one cannot make the output smaller, and the encoder's memory grows with it, for each of
 * the files compressed at once.
 */
const windowBits = (size: number) => Math.min(22, Math.max(10, Math.ceil(Math.log2(size + 16))));

const brotli = (data: Buffer, quality: number) =>
  brotliAsync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_LGWIN]: windowBits(data.length),
    },
  });

/*
 * Qualities, measured on 300 built guide pages (pt-BR, 34 MB) of the 1,000-pages-per-locale
 * benchmark, one core:
 *   gzip 9: 12.14 KB a page at ~40 MB/s;  gzip 6: 12.31 KB (+1.4%) at ~100–140 MB/s.
 *   brotli 9: 8.67 KB at 5–8 MB/s;  brotli 7: 8.55 KB at 50–80 MB/s;  brotli 6: 9.49 KB;  11: 7.32 KB at 0.6 MB/s.
 * Brotli 7 is smaller than 9 on these pages and about ten times faster; gzip, the copy only
 * clients without brotli get, keeps its default level 6. zlib writes no timestamp, so two builds
 * give identical files. Pages: all but the assets below.
 */
const textGzipLevel = 6;
const textBrotliQuality = 7;

/**
 * Scripts, the stylesheet and small data files: a handful of files however large the guide, and
 * every reader downloads them (the search code and `pagefind.js` on a first search), so they get
 * the smallest copies: brotli 11 is 6% smaller than 7 on `pagefind.js` (11.7 KB against 12.5 KB).
 */
const assetExtensions = ['.js', '.css', '.json', '.svg'] as const;
const assetGzipLevel = 9;
const assetBrotliQuality = 11;

/**
 * Pagefind reads either its gzip file or, when the browser has already decoded the response, the
 * plain content (it starts with "pagefind_dcd"). Brotli 11 of the plain content is 10–14% smaller
 * than Pagefind's gzip (the WebAssembly: 62 KB against 72 KB), and these are the bytes of a
 * reader's first search; all Pagefind files at 1,000 pages per locale (~11 MB plain) take ~14 s of
 * CPU at 11, shared among the cores. A host that serves no .br sends the gzip file as before.
 */
const pagefindBrotliQuality = 11;

async function compressText(path: string): Promise<void> {
  const data = await readFile(path);
  const asset = assetExtensions.some((extension) => path.endsWith(extension));
  // One after the other: the files in flight already keep every core busy, and each encoder at
  // work holds its own buffers on a pool thread.
  await writeFile(`${path}.gz`, await gzipAsync(data, { level: asset ? assetGzipLevel : textGzipLevel }));
  await writeFile(`${path}.br`, await brotli(data, asset ? assetBrotliQuality : textBrotliQuality));
}

async function compressPagefind(path: string): Promise<void> {
  const plain = await gunzipAsync(await readFile(path));
  await writeFile(`${path}.br`, await brotli(plain, pagefindBrotliQuality));
}

/**
 * Writes `<file>.gz` and `<file>.br` for each text file under `dir` but `skip`, and `<file>.br` for
 * each Pagefind file; returns how many files got copies. `concurrency`: files in flight at once;
 * by default one per core plus one, so a core is never idle waiting for a read or a write.
 */
export async function precompress(
  dir: string,
  skip: readonly string[] = [],
  concurrency = availableParallelism() + 1,
): Promise<number> {
  const jobs = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => !skip.includes(file))
    .flatMap((file) => {
      const path = join(dir, file);
      if (compressedExtensions.some((extension) => file.endsWith(extension))) return [() => compressText(path)];
      if (pagefindExtensions.some((extension) => file.endsWith(extension))) return [() => compressPagefind(path)];
      return [];
    });
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  return jobs.length;
}

// `npm run precompress [-- <dist>]`: the copies for a build already in dist/ (the host files skipped).
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  const count = await precompress(dist, hiddenFiles);
  console.log(`precompressed ${count} files in ${dist} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
