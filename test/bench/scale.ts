/**
 * `npm run bench:scale -- --pages-per-locale N [--starlight]`: how the build scales with the size of
 * the guide. Copies the project to temporary folders (never into the repository), grows the guide
 * there to N pages per locale and to a tenth of that (test/bench/grow.ts), builds each once as a
 * plain `astro build` on Node's default heap under `/usr/bin/time -v`, and prints:
 * - for the large build: wall and CPU time, peak RSS, the time and memory of each build step;
 * - the time per page at both sizes, whole build and per phase: the work done per page (rendering
 *   and the steps after it) should cost the same per page at both sizes;
 * - with `--starlight`, the same large guide built with Starlight (test/bench/starlight.ts): wall
 *   time, CPU time and peak RSS side by side;
 * - the size of `dist`, the largest page, the largest guide page and the search page (raw, gzip);
 * - the time of the nginx deploy's precompression (not part of the build), then the bytes, requests
 *   and time of a first search in Chromium, served with those copies as nginx serves them.
 * Figures against the budgets of issue 24; the copies are deleted after.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../../src/i18n/locales.ts';
import { precompress } from '../../src/serving/compress.ts';
import { hiddenFiles } from '../../src/serving/policy.ts';
import { grow } from './grow.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { startSiteServer } from '../../src/serving/server.ts';
import { chromium, launchOptions } from '../support/chromium.ts';
import { measureFirstSearch } from './search.ts';
import { buildEnvironment } from './build-env.ts';
import { buildWithStarlight } from './starlight.ts';
import { timedBuild, type TimedBuild } from './timed-build.ts';

const budgets = {
  /** Our build's wall time as a share of Starlight's for the same guide, in the same run (the aim: 0.5). */
  ofStarlight: 0.8,
  /** Time per page of the work done per page, large guide against a tenth of it. */
  perPageGrowth: 1.2,
  guidePageGzipKb: 15,
  searchPageRawKb: 100,
  firstSearchKb: 95,
  /** Requests of a first search besides one fragment per result shown. */
  firstSearchRequests: 6,
};

function pagesPerLocale(): number {
  const at = process.argv.indexOf('--pages-per-locale');
  const value = at >= 0 ? Number(process.argv[at + 1]) : 100;
  if (!Number.isInteger(value) || value < 90) throw new Error('--pages-per-locale must be an integer of at least 90');
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

/** Seconds of a duration as Astro and Vite print it: `950ms`, `6.06s`, `1m 42s`. */
function seconds(duration: string): number {
  const match = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(duration.trim());
  if (!match) throw new Error(`not a duration: ${duration}`);
  return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
}

/** The phases of one build, in seconds, read from its log, and the number of pages it built. */
interface Phases {
  pages: number;
  total: number;
  vite: number;
  render: number;
  /** The integrations' steps after rendering (link check, search index, sitemap, host files). */
  after: number;
}

function phasesOf(build: TimedBuild): Phases {
  const find = (pattern: RegExp) => {
    const match = pattern.exec(build.output);
    if (!match) throw new Error(`the build log has no line matching ${pattern}`);
    return match[1]!;
  };
  const steps = [...build.output.matchAll(/step "[^"]+": ([\d.]+) s/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  return {
    pages: Number(find(/\[build\] (\d+) page\(s\) built in/)),
    total: build.seconds,
    vite: seconds(find(/\[vite\] ✓ built in (.+)$/m)),
    // The line that ends "generating static routes" is the only "Completed in" without a [build] tag.
    render: seconds(find(/^(?:[\d:]+ +)?✓ Completed in (.+)\.$/m)),
    after: steps,
  };
}

/** A copy of the project with a guide of `total` pages per locale, built. */
async function buildGrown(total: number): Promise<{ copy: ProjectCopy; build: TimedBuild }> {
  const copy = copyProject();
  grow(join(copy.root, 'content'), total);
  const build = await timedBuild(copy.root, buildEnvironment());
  if (build.status !== 0) {
    console.error(build.output.slice(-5000));
    copy.dispose();
    throw new Error(`the build of ${total} pages per locale failed (exit ${build.status})`);
  }
  return { copy, build };
}

function printPerPage(small: { total: number; phases: Phases }, large: { total: number; phases: Phases }): void {
  const ms = (value: number, pages: number) => `${((value / pages) * 1000).toFixed(1)} ms`;
  const rows: [string, (phases: Phases) => number][] = [
    ['whole build (wall, with start-up)', (phases) => phases.total],
    ['Vite (bundling the pages)', (phases) => phases.vite],
    ['rendering the pages', (phases) => phases.render],
    ['steps after rendering', (phases) => phases.after],
    ['work per page: rendering + steps', (phases) => phases.render + phases.after],
  ];
  console.log(
    `\ntime per page: ${small.total} per locale (${small.phases.pages} pages) | ${large.total} per locale (${large.phases.pages} pages) | ratio`,
  );
  for (const [name, of] of rows) {
    const ratio = of(large.phases) / large.phases.pages / (of(small.phases) / small.phases.pages);
    const judged = name.startsWith('work per page') ? ` (${verdict(ratio <= budgets.perPageGrowth)})` : '';
    console.log(
      `  ${name}: ${ms(of(small.phases), small.phases.pages)} | ${ms(of(large.phases), large.phases.pages)} | ${ratio.toFixed(2)}${judged}`,
    );
  }
}

function printSizes(dist: string): void {
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
}

async function printFirstSearch(dist: string): Promise<void> {
  const started = performance.now();
  const count = await precompress(dist, hiddenFiles);
  console.log(
    `\nprecompressed copies for nginx (npm run precompress, not part of the build): ${count} files in ${fmt((performance.now() - started) / 1000, 's')}`,
  );
  const server = await startSiteServer(dist);
  const browser = await chromium.launch(launchOptions);
  try {
    console.log('first search (fresh browser context, on a guide page, served with the copies):');
    for (const locale of locales) {
      // The second run is warm: the browser process and the server's file cache are already up.
      await measureFirstSearch(browser, server.url, locale);
      const figures = await measureFirstSearch(browser, server.url, locale);
      const others = figures.requests - figures.fragments;
      const ok =
        kb(figures.bytes) <= budgets.firstSearchKb &&
        others <= budgets.firstSearchRequests &&
        figures.fragments <= figures.hitsShown;
      console.log(
        `  ${locale.tag} "${figures.query}": ${fmt(kb(figures.bytes), 'KB')} sent in ${others} requests (${figures.indexChunks} index chunks) + ${figures.fragments} fragments for ${figures.hitsShown} results shown, ${figures.latencyMs} ms (${verdict(ok)})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const total = pagesPerLocale();
  const smallTotal = Math.round(total / 10);
  console.log(`guide: ${total} and ${smallTotal} pages per locale × ${locales.length} locales`);

  const small = await buildGrown(smallTotal);
  const smallPhases = phasesOf(small.build);
  small.copy.dispose();
  const { copy, build } = await buildGrown(total);
  try {
    console.log(
      `\nbuild of ${total} per locale: ${fmt(build.seconds, 's')} wall, ${fmt(build.cpuSeconds, 's')} CPU; peak RSS ${fmt(build.peakRssMb, 'MB')}`,
    );
    console.log(`  the peak came during: ${build.peakDuring.trim()}`);
    console.log('steps:');
    for (const line of build.timeline) console.log(`  ${line}`);
    printPerPage({ total: smallTotal, phases: smallPhases }, { total, phases: phasesOf(build) });

    if (process.argv.includes('--starlight')) {
      const starlight = await buildWithStarlight(join(copy.root, 'content'));
      const share = build.seconds / starlight.seconds;
      console.log(
        `\nStarlight, same ${starlight.pages} guide pages: ${fmt(starlight.seconds, 's')} wall, ${fmt(starlight.cpuSeconds, 's')} CPU, peak RSS ${fmt(starlight.peakRssMb, 'MB')}`,
      );
      console.log(
        `  ours against Starlight: wall ${share.toFixed(2)}× (${verdict(share <= budgets.ofStarlight)}; aim 0.5×), CPU ${(build.cpuSeconds / starlight.cpuSeconds).toFixed(2)}×, peak RSS ${(build.peakRssMb / starlight.peakRssMb).toFixed(2)}× (${verdict(build.peakRssMb <= starlight.peakRssMb)})`,
      );
    }

    const dist = join(copy.root, 'dist');
    printSizes(dist);
    await printFirstSearch(dist);
  } finally {
    copy.dispose();
  }
}

await main();
