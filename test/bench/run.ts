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
import { startSiteServer } from '../../src/serving/server.ts';
import { distDir, projectRoot } from '../support/paths.ts';
import { locales } from '../../src/i18n/locales.ts';
import { measureFirstSearch } from './search.ts';
import { precompress } from '../../src/serving/compress.ts';
import { hiddenFiles } from '../../src/serving/policy.ts';

type Kind = 'home' | 'guide' | 'calculator' | 'troubleshooting question' | 'troubleshooting outcome' | 'search';
type ResourceType = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

interface PageFigures {
  locale: string;
  kind: Kind;
  path: string;
  requests: number;
  /** Requests by type: one stylesheet and one script is the guide page's budget. */
  requestsByType: Record<ResourceType, number>;
  bytes: Record<ResourceType, { raw: number; gzip: number }>;
  /** Cumulative layout shift while loading (and a second after): 0 is the budget. */
  cls: number;
  /** Script downloaded and run while the page loads, before the reader does anything. */
  jsBeforeInteraction: { raw: number; gzip: number };
  timings: { domContentLoaded: number; load: number; firstContentfulPaint: number | null };
}

/** Budgets from the issues (#11 and earlier), bytes in gzip. */
const budgets = {
  css: 10 * 1024,
  jsGuide: 1024,
  guideRequests: 4,
  guideStylesheets: 1,
  guideScripts: 1,
  jsCalculator: 10 * 1024,
  jsTroubleshooting: 6 * 1024,
  firstSearchBytes: 95 * 1024,
  firstSearchRequests: 6,
  firstSearchMs: 100,
  cls: 0,
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
  const requestsByType: PageFigures['requestsByType'] = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  const pending: Promise<void>[] = [];
  let requests = 0;
  // Layout shifts from the first paint on, read after load.
  await page.addInitScript(() => {
    const shifts = { cls: 0 };
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  page.on('response', (response) => {
    requests++;
    requestsByType[typeOf(response.request().resourceType(), response.url())]++;
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
  await page.waitForTimeout(1000);
  await Promise.all(pending);
  const cls = await page.evaluate(() => (window as unknown as { shifts: { cls: number } }).shifts.cls);
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
  return { locale, kind, path, requests, requestsByType, bytes, cls, jsBeforeInteraction: { ...bytes.js }, timings };
}

const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const runs = Number(process.env['BENCH_BUILD_RUNS'] ?? 3);
  console.log(`Building ${runs} times…`);
  const times = buildTimes(runs);
  const size = distSize();
  // Measured as the nginx deploy serves the site: with its precompressed copies (`npm run build:nginx`).
  await precompress(distDir, hiddenFiles);

  const server = await startSiteServer(distDir);
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
      'req (css/js)',
      'CLS',
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
        `${figures.requests} (${figures.requestsByType.css}/${figures.requestsByType.js})`,
        figures.cls.toFixed(3),
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
    console.log(
      `${search.locale} | ${kb(search.bytes)} | ${search.requests} requests (${search.indexChunks} index chunks) | ${search.fragments} fragments for ${search.hitsShown} hits shown | ${search.latencyMs} ms | keys ${search.keyGapMs.median} ms apart (longest gap ${search.keyGapMs.max} ms)`,
    );

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
  const guides = pages.filter((figures) => figures.kind === 'guide');
  const guideRequests = Math.max(...guides.map((figures) => figures.requests));
  const guideCss = Math.max(...guides.map((figures) => figures.requestsByType.css));
  const guideScripts = Math.max(...guides.map((figures) => figures.requestsByType.js));
  // The budget is six requests plus one fragment per result shown (as in scale.ts).
  const searchRequests = Math.max(...searches.map((search) => search.requests - search.fragments));
  const extraFragments = Math.max(...searches.map((search) => search.fragments - search.hitsShown));
  const clsMax = (kinds: Kind[]) =>
    Math.max(...pages.filter((figures) => kinds.includes(figures.kind)).map((figures) => figures.cls));
  const lines: [string, string, boolean][] = [
    [`CSS per page ≤ ${kb(budgets.css)}`, kb(cssMax), cssMax <= budgets.css],
    [`guide page JS run at load ≤ ${kb(budgets.jsGuide)}`, kb(guideJs), guideJs <= budgets.jsGuide],
    [`guide page requests ≤ ${budgets.guideRequests}`, String(guideRequests), guideRequests <= budgets.guideRequests],
    [`guide page stylesheets ≤ ${budgets.guideStylesheets}`, String(guideCss), guideCss <= budgets.guideStylesheets],
    [`guide page scripts ≤ ${budgets.guideScripts}`, String(guideScripts), guideScripts <= budgets.guideScripts],
    [`calculator JS ≤ ${kb(budgets.jsCalculator)}`, kb(calculatorJs), calculatorJs <= budgets.jsCalculator],
    [
      `troubleshooting JS ≤ ${kb(budgets.jsTroubleshooting)}`,
      kb(troubleshootingJs),
      troubleshootingJs <= budgets.jsTroubleshooting,
    ],
    [`first search ≤ ${kb(budgets.firstSearchBytes)}`, kb(searchMax), searchMax <= budgets.firstSearchBytes],
    [
      `first search requests ≤ ${budgets.firstSearchRequests} + one fragment per result shown`,
      `${searchRequests} + ${extraFragments} fragments beyond the results shown`,
      searchRequests <= budgets.firstSearchRequests && extraFragments <= 0,
    ],
    [`first search last key → results < ${budgets.firstSearchMs} ms`, `${latencyMax} ms`, latencyMax < budgets.firstSearchMs],
    ...(['guide', 'search', 'calculator', 'home', 'troubleshooting question', 'troubleshooting outcome'] as Kind[]).map(
      (kind): [string, string, boolean] => [
        `CLS on ${kind} pages = ${budgets.cls}`,
        clsMax([kind]).toFixed(3),
        clsMax([kind]) <= budgets.cls,
      ],
    ),
  ];
  for (const [budget, measured, ok] of lines) console.log(`${budget}: ${measured} ${verdict(ok)}`);

  const out = join(projectRoot, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'bench.json'),
    JSON.stringify({ build: { runsMs: times, medianMs: median(times) }, dist: size, pages, searches, budgets }, null, 2),
  );
  console.log(`\nWrote ${join('bench-results', 'bench.json')}`);
}

await main();
