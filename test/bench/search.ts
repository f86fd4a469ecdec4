/**
 * What a reader's first search costs, measured in Chromium on the built site: the bytes downloaded
 * from the first keystroke on (search code, Pagefind, its WebAssembly, index and fragment chunks)
 * and the time from the last keystroke to the results shown under the header field. Figures, not
 * pass/fail. `test/bench/run.ts` calls `measureFirstSearch`; run alone it measures every locale:
 * `npm exec -- node test/bench/search.ts` (after `npm run build`).
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { locales, type Locale, type LocalePath } from '../../src/i18n/locales.ts';
import { chromium, launchOptions } from '../support/chromium.ts';
import { startSiteServer } from '../../src/serving/server.ts';
import { distDir } from '../support/paths.ts';

/** A query a reader of each locale might type: the Azure "already associated" error, in their words (English's for a locale without one). */
export const benchQueries: Partial<Record<LocalePath, string>> & { en: string } = {
  en: 'Access ID already associated',
  'pt-br': 'ID de acesso já associado',
  'es-es': 'identificador de acceso ya asociado',
};

export interface FirstSearch {
  query: string;
  /** Bytes sent, as the server encodes them (its .br copies, Pagefind's gzip files where it has none). */
  bytes: number;
  /** Bytes as the test server sends them, uncompressed. */
  rawBytes: number;
  requests: number;
  /** Last keystroke to the results painted. */
  latencyMs: number;
  /** Results shown in the panel, and fragment files downloaded (one per page described): equal at best. */
  hitsShown: number;
  fragments: number;
  /**
   * Index chunks downloaded: Pagefind splits a language's index into chunks of about 20,000 word
   * locations, alphabetically, and a query needs the chunk of each of its words. The requests
   * beyond these and the fragments are the search code, Pagefind's script, WebAssembly and metadata.
   * Pagefind reads another chunk size from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, a knob it marks
   * unstable; the build does not set it: larger chunks trade requests for bytes.
   */
  indexChunks: number;
  /**
   * Time between keystrokes as the page received them, median and longest: a gap that outlasts the
   * search's settling pause (src/islands/search/controller.ts, `settlingPause`) counts as the reader
   * stopping, and the words typed so far download what they show.
   */
  keyGapMs: { median: number; max: number };
  files: string[];
  /** Each file's bytes sent, in the order requested: what to trim. */
  fileBytes: { file: string; bytes: number }[];
}

/** Milliseconds between keystrokes: a quick typist. */
const typingDelay = 80;

/** Opens a guide page in a fresh context (empty cache), types the query into the header field, and measures. */
export async function measureFirstSearch(
  browser: Browser,
  siteUrl: string,
  locale: Locale,
  query = benchQueries[locale.path] ?? benchQueries.en,
): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(new URL(`${locale.path}/guide/activate/`, siteUrl).href, { waitUntil: 'networkidle' });
    const sizes: Promise<{ file: string; raw: number; sent: number }>[] = [];
    page.on('response', (response) => {
      const file = new URL(response.url()).pathname;
      sizes.push(
        Promise.all([response.body(), response.request().sizes()]).then(
          ([body, sizes]) => ({ file, raw: body.length, sent: sizes.responseBodySize }),
          () => ({ file, raw: 0, sent: 0 }),
        ),
      );
    });
    // In the page: when was the last key pressed, and when were the results for the full query painted?
    await page.evaluate((expected) => {
      const timing = { lastKey: 0, shown: 0, keys: [] as number[] };
      (window as unknown as { searchTiming: typeof timing }).searchTiming = timing;
      addEventListener(
        'keydown',
        () => {
          timing.lastKey = performance.now();
          timing.keys.push(timing.lastKey);
        },
        { capture: true },
      );
      const panel = document.querySelector<HTMLElement>('[data-search-panel]')!;
      new MutationObserver(() => {
        if (panel.dataset['query'] === expected && !timing.shown) requestAnimationFrame(() => (timing.shown = performance.now()));
      }).observe(panel, { attributes: true, attributeFilter: ['data-query'] });
    }, query);
    await page.locator('#site-search').focus();
    // Keys go out on the clock, as from a keyboard: `keyboard.type` waits until the page has handled
    // each key before the next, so a page busy loading Pagefind slowed the typist down, and the
    // stall looked to the page like a reader who stopped. A busy page gets a real reader's keys late,
    // all at once.
    const keys: Promise<void>[] = [];
    for (const character of query) {
      // A character the keyboard layout lacks (á) is inserted as text, as `keyboard.type` does.
      keys.push(/^[ -~]$/.test(character) ? page.keyboard.press(character) : page.keyboard.insertText(character));
      await new Promise((resolve) => setTimeout(resolve, typingDelay));
    }
    await Promise.all(keys);
    await page.waitForFunction(() => (window as unknown as { searchTiming: { shown: number } }).searchTiming.shown > 0);
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(
      () => (window as unknown as { searchTiming: { lastKey: number; shown: number; keys: number[] } }).searchTiming,
    );
    const hitsShown = await page.locator('[data-search-panel] .hit').count();
    const files = await Promise.all(sizes);
    const gaps = timing.keys
      .slice(1)
      .map((key, index) => key - timing.keys[index]!)
      .sort((a, b) => a - b);
    return {
      query,
      bytes: files.reduce((total, file) => total + file.sent, 0),
      rawBytes: files.reduce((total, file) => total + file.raw, 0),
      requests: files.length,
      latencyMs: Math.round(timing.shown - timing.lastKey),
      hitsShown,
      fragments: files.filter((file) => file.file.includes('/pagefind/fragment/')).length,
      indexChunks: files.filter((file) => file.file.includes('/pagefind/index/')).length,
      keyGapMs: { median: Math.round(gaps[Math.floor(gaps.length / 2)] ?? 0), max: Math.round(gaps.at(-1) ?? 0) },
      files: files.map((file) => file.file),
      fileBytes: files.map((file) => ({ file: file.file, bytes: file.sent })),
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const server = await startSiteServer(distDir);
  const browser = await chromium.launch(launchOptions);
  const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
  try {
    console.log(
      'locale | query | sent | decoded | requests | index chunks | fragments / hits shown | last keystroke → results | key gap median / max',
    );
    for (const locale of locales) {
      const figures = await measureFirstSearch(browser, server.url, locale);
      console.log(
        [
          locale.tag,
          figures.query,
          kb(figures.bytes),
          kb(figures.rawBytes),
          figures.requests,
          figures.indexChunks,
          `${figures.fragments} / ${figures.hitsShown}`,
          `${figures.latencyMs} ms`,
          `${figures.keyGapMs.median} / ${figures.keyGapMs.max} ms`,
        ].join(' | '),
      );
      for (const { file, bytes } of figures.fileBytes) console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
