/**
 * `npm run bench`: builds the site three times (median build time), then serves dist/ on 127.0.0.1
 * and loads one page of each kind in each locale in headless Chromium. Prints a table and writes
 * bench-results/bench.json. Figures, not pass/fail: budgets are reported beside them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, launchOptions } from '../support/chromium.ts';
import { startStaticServer } from '../support/server.ts';
import { distDir, projectRoot } from '../support/paths.ts';
import { locales } from '../../src/i18n/locales.ts';
import { measureFirstSearch } from './search.ts';

type Kind = 'home' | 'guide' | 'calculator' | 'troubleshooting question' | 'troubleshooting outcome' | 'search';
type ResourceType = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

interface PageFigures {
  locale: string;
  kind: Kind;
  path: string;
  requests: number;
  bytes: Record<ResourceType, { raw: number; gzip: number }>;
  /** Script downloaded and run while the page loads, before the reader does anything. */
  jsBeforeInteraction: { raw: number; gzip: number };
  timings: { domContentLoaded: number; load: number; firstContentfulPaint: number | null };
}

/** Budgets from the issues, in gzip bytes. */
const budgets = {
  css: 10 * 1024,
  jsGuide: 0,
  jsCalculator: 10 * 1024,
  jsTroubleshooting: 6 * 1024,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function buildTimes(runs: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
    times.push(performance.now() - started);
  }
  return times;
}

function distSize(): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** A troubleshooting page of the given kind, found in the build by its `data-node-kind` marker. */
function troubleshootingPage(localePath: string, kind: 'question' | 'outcome'): string {
  const folder = join(distDir, localePath, 'troubleshooting');
  for (const node of readdirSync(folder).sort()) {
    const file = join(folder, node, 'index.html');
    try {
      if (readFileSync(file, 'utf8').includes(`data-kind="${kind}"`)) return `${localePath}/troubleshooting/${node}/`;
    } catch {
      // not a node folder
    }
  }
  throw new Error(`no troubleshooting ${kind} page in ${folder}`);
}

function typeOf(resourceType: string, url: string): ResourceType {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image' || /\.(svg|png|jpe?g|webp|ico)$/.test(url)) return 'image';
  return 'other';
}

async function measurePage(
  browser: import('playwright-core').Browser,
  siteUrl: string,
  locale: string,
  kind: Kind,
  path: string,
): Promise<PageFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const empty = () => ({ raw: 0, gzip: 0 });
  const bytes: PageFigures['bytes'] = { html: empty(), css: empty(), js: empty(), font: empty(), image: empty(), other: empty() };
  const pending: Promise<void>[] = [];
  let requests = 0;
  page.on('response', (response) => {
    requests++;
    pending.push(
      response.body().then(
        (body) => {
          const type = typeOf(response.request().resourceType(), response.url());
          bytes[type].raw += body.length;
          bytes[type].gzip += gzipSync(body).length;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const timings = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      domContentLoaded: Math.round(navigation.domContentLoadedEventEnd),
      load: Math.round(navigation.loadEventEnd),
      firstContentfulPaint: paint ? Math.round(paint.startTime) : null,
    };
  });
  await context.close();
  // Nothing has been clicked or typed: every script fetched so far ran before any interaction.
  return { locale, kind, path, requests, bytes, jsBeforeInteraction: { ...bytes.js }, timings };
}

const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const runs = Number(process.env['BENCH_BUILD_RUNS'] ?? 3);
  console.log(`Building ${runs} times…`);
  const times = buildTimes(runs);
  const size = distSize();

  const server = await startStaticServer(distDir);
  const browser = await chromium.launch(launchOptions);
  const pages: PageFigures[] = [];
  const searches = [];
  try {
    for (const locale of locales) {
      const targets: [Kind, string][] = [
        ['home', `${locale.path}/`],
        ['guide', `${locale.path}/guide/activate/`],
        ['calculator', `${locale.path}/calculator/`],
        ['troubleshooting question', troubleshootingPage(locale.path, 'question')],
        ['troubleshooting outcome', troubleshootingPage(locale.path, 'outcome')],
        ['search', `${locale.path}/search/`],
      ];
      for (const [kind, path] of targets) pages.push(await measurePage(browser, server.url, locale.tag, kind, path));
      searches.push({ locale: locale.tag, ...(await measureFirstSearch(browser, server.url, locale)) });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(
    `\nBuild: median ${(median(times) / 1000).toFixed(2)} s of ${times.map((time) => (time / 1000).toFixed(2)).join(', ')} s`,
  );
  console.log(`dist/: ${kb(size.bytes)} in ${size.files} files\n`);
  console.log(
    [
      'locale',
      'kind',
      'req',
      'HTML gz',
      'CSS gz',
      'JS gz (raw)',
      'fonts',
      'images',
      'JS before interaction gz',
      'DCL ms',
      'load ms',
      'FCP ms',
    ].join(' | '),
  );
  for (const figures of pages) {
    console.log(
      [
        figures.locale,
        figures.kind,
        figures.requests,
        kb(figures.bytes.html.gzip),
        kb(figures.bytes.css.gzip),
        `${kb(figures.bytes.js.gzip)} (${kb(figures.bytes.js.raw)})`,
        kb(figures.bytes.font.gzip),
        kb(figures.bytes.image.gzip),
        kb(figures.jsBeforeInteraction.gzip),
        figures.timings.domContentLoaded,
        figures.timings.load,
        figures.timings.firstContentfulPaint ?? '–',
      ].join(' | '),
    );
  }

  console.log('\nFirst search (code + index chunks downloaded; last keystroke → results shown):');
  for (const search of searches)
    console.log(`${search.locale} | ${kb(search.bytes)} | ${search.requests} requests | ${search.latencyMs} ms`);

  console.log('\nBudgets (gzip):');
  const verdict = (ok: boolean) => (ok ? 'within' : 'OVER');
  const worst = (kind: Kind, pick: (figures: PageFigures) => number) =>
    Math.max(...pages.filter((figures) => figures.kind === kind).map(pick));
  const cssMax = Math.max(...pages.map((figures) => figures.bytes.css.gzip));
  const guideJs = worst('guide', (figures) => figures.jsBeforeInteraction.gzip);
  const calculatorJs = worst('calculator', (figures) => figures.bytes.js.gzip);
  const troubleshootingJs = Math.max(
    worst('troubleshooting question', (figures) => figures.bytes.js.gzip),
    worst('troubleshooting outcome', (figures) => figures.bytes.js.gzip),
  );
  const searchMax = Math.max(...searches.map((search) => search.bytes));
  const latencyMax = Math.max(...searches.map((search) => search.latencyMs));
  console.log(`CSS per page ≤ ${kb(budgets.css)}: ${kb(cssMax)} ${verdict(cssMax <= budgets.css)}`);
  console.log(
    `guide page JS before interaction = ${budgets.jsGuide}: ${kb(guideJs)} ${verdict(guideJs <= budgets.jsGuide)} (listener registration only; see README)`,
  );
  console.log(
    `calculator JS ≤ ${kb(budgets.jsCalculator)}: ${kb(calculatorJs)} ${verdict(calculatorJs <= budgets.jsCalculator)}`,
  );
  console.log(
    `troubleshooting JS ≤ ${kb(budgets.jsTroubleshooting)}: ${kb(troubleshootingJs)} ${verdict(troubleshootingJs <= budgets.jsTroubleshooting)}`,
  );
  console.log(
    `first search < 100 KB: ${kb(searchMax)} ${verdict(searchMax < 100 * 1024)}; < 100 ms: ${latencyMax} ms ${verdict(latencyMax < 100)}`,
  );

  const out = join(projectRoot, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'bench.json'),
    JSON.stringify({ build: { runsMs: times, medianMs: median(times) }, dist: size, pages, searches, budgets }, null, 2),
  );
  console.log(`\nWrote ${join('bench-results', 'bench.json')}`);
}

await main();
