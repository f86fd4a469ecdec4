/**
 * `npm run bench:scale -- --pages-per-locale N`: how the build scales with the size of the guide.
 * Copies the project to a temporary folder (never into the repository), grows the guide there to N
 * pages per locale — the nine real pages plus copies of them in groups of 25, each translation
 * stamped current — builds it once with Node's default heap under `/usr/bin/time -v`, and prints:
 * build time, peak RSS, the time and memory of each build step, the size of `dist`, the largest
 * page, the biggest guide page and the search page (raw and gzip), and the bytes and time of a
 * first search in Chromium. Figures against the budgets of issue 13; the copy is deleted after.
 * With `--starlight`, the same grown guide is then built with Starlight (test/bench/starlight.ts)
 * and both build times are printed side by side: ours must take at most half of Starlight's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../../src/i18n/locales.ts';
import { grow } from './grow.ts';
import { copyProject } from '../support/project-copy.ts';
import { startStaticServer } from '../support/server.ts';
import { chromium, launchOptions } from '../support/chromium.ts';
import { measureFirstSearch } from './search.ts';
import { buildEnvironment } from './build-env.ts';
import { buildWithStarlight } from './starlight.ts';
import { timedBuild } from './timed-build.ts';

const budgets = {
  peakRssMb: 1536,
  guidePageGzipKb: 15,
  searchPageRawKb: 100,
  firstSearchKb: 150,
  firstSearchMs: 150,
  /** Our build time as a share of Starlight's for the same guide, in the same run. */
  ofStarlight: 0.5,
};

function pagesPerLocale(): number {
  const at = process.argv.indexOf('--pages-per-locale');
  const value = at >= 0 ? Number(process.argv[at + 1]) : 100;
  if (!Number.isInteger(value) || value < 9) throw new Error('--pages-per-locale must be an integer of at least 9');
  return value;
}

function walk(dir: string): { path: string; size: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => ({ path, stat: statSync(join(dir, path)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ path, stat }) => ({ path, size: stat.size }));
}

const kb = (bytes: number) => bytes / 1024;
const fmt = (value: number, unit: string) => `${value.toFixed(1)} ${unit}`;
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

async function main(): Promise<void> {
  const total = pagesPerLocale();
  const copy = copyProject();
  try {
    grow(join(copy.root, 'content'), total);
    console.log(`guide: ${total} pages per locale × ${locales.length} locales, in ${copy.root}`);

    // As `npm run build` builds, with Node's default heap: nothing may raise it for the benchmark to count.
    const env = buildEnvironment();
    const result = await timedBuild(copy.root, env);
    const { seconds, peakRssMb } = result;
    const output = result.output;
    if (result.status !== 0) {
      console.error(output.slice(-5000));
      throw new Error(`the build failed (exit ${result.status})`);
    }
    const cpu = ['User', 'System'].reduce(
      (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? 0),
      0,
    );
    console.log(
      `\nbuild: ${fmt(seconds, 's')} wall, ${fmt(cpu, 's')} CPU; peak RSS ${fmt(peakRssMb, 'MB')} (${verdict(peakRssMb <= budgets.peakRssMb)})`,
    );
    console.log(`  the peak came during: ${result.peakDuring.trim()}`);
    console.log('steps:');
    for (const line of result.timeline) console.log(`  ${line}`);

    if (process.argv.includes('--starlight')) {
      const starlight = await buildWithStarlight(join(copy.root, 'content'));
      const share = seconds / starlight.seconds;
      console.log(
        `Starlight, same ${starlight.pages} pages: ${fmt(starlight.seconds, 's')} wall, peak RSS ${fmt(starlight.peakRssMb, 'MB')}; ours takes ${(share * 100).toFixed(0)}% of its time (${verdict(share <= budgets.ofStarlight)})`,
      );
    }

    const dist = join(copy.root, 'dist');
    const files = walk(dist);
    const html = files.filter((file) => file.path.endsWith('.html'));
    const gzip = (path: string) => gzipSync(readFileSync(join(dist, path))).length;
    const largest = html.reduce((a, b) => (b.size > a.size ? b : a));
    const guidePages = html.filter((file) => /^[\w-]+\/guide\/[\w-]+\/index\.html$/.test(file.path));
    const biggestGuide = guidePages.reduce((a, b) => (b.size > a.size ? b : a));
    const guideGzip = gzip(biggestGuide.path);
    console.log(`\ndist: ${files.length} files, ${fmt(kb(files.reduce((sum, file) => sum + file.size, 0)) / 1024, 'MB')}`);
    console.log(`largest page: ${largest.path} ${fmt(kb(largest.size), 'KB')} raw, ${fmt(kb(gzip(largest.path)), 'KB')} gzip`);
    console.log(
      `largest guide page: ${biggestGuide.path} ${fmt(kb(biggestGuide.size), 'KB')} raw, ${fmt(kb(guideGzip), 'KB')} gzip (${verdict(kb(guideGzip) <= budgets.guidePageGzipKb)})`,
    );
    for (const locale of locales) {
      const search = html.find((file) => file.path === `${locale.path}/search/index.html`)!;
      console.log(
        `search page (no-JS list) ${locale.tag}: ${fmt(kb(search.size), 'KB')} raw, ${fmt(kb(gzip(search.path)), 'KB')} gzip (${verdict(kb(search.size) <= budgets.searchPageRawKb)})`,
      );
    }

    const server = await startStaticServer(dist);
    const browser = await chromium.launch(launchOptions);
    try {
      console.log('\nfirst search (fresh browser context, on a guide page):');
      for (const locale of locales) {
        // The second run is warm: the browser process and the server's file cache are already up.
        await measureFirstSearch(browser, server.url, locale);
        const figures = await measureFirstSearch(browser, server.url, locale);
        console.log(
          `  ${locale.tag} "${figures.query}": ${fmt(kb(figures.bytes), 'KB')} sent in ${figures.requests} requests, ${figures.latencyMs} ms (${verdict(kb(figures.bytes) <= budgets.firstSearchKb && figures.latencyMs <= budgets.firstSearchMs)})`,
        );
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    copy.dispose();
  }
}

await main();
