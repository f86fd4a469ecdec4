/**
 * Times a build step and reports memory, so a slow or memory-hungry step shows in every build log.
 * RSS is sampled while the step runs (for steps that await) and read again at the end; the peak
 * also includes the process's high-water mark, which only a step can have raised when it is the
 * highest so far. Child processes (Pagefind's binary) are not counted: the benchmark measures them.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

let collector: (() => void) | undefined;

/**
 * A full garbage collection. When Astro has written the pages it leaves ~500 MB of garbage on the
 * heap (at 1,000 guide pages per locale), which V8 does not collect while a synchronous step such
 * as the link check runs: that step's own memory then stacked on top of it (2.0 GB RSS, against
 * 1.1 GB after this collection). Node exposes `gc` only behind `--expose-gc`; setting the flag at
 * run time and taking `gc` from a new context is the way jest's leak detector does it.
 */
export function collectGarbage(): void {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
}

/**
 * Collects the heap every `intervalMs` while Astro bundles and writes the pages. V8 sizes the heap
 * from its limit (4 GB by default here) and lets garbage reach several times the live data before
 * a full collection: at 1,000 guide pages per locale the heap swung between ~170 and ~650 MB while
 * pages were written, on top of the 0.8–1.1 GB that Rolldown's allocator keeps after bundling;
 * collected every second it stayed at ~250–370 MB (peak RSS of that phase 1.3–1.5 GB against
 * 1.6–1.9 GB), for ~30% more CPU time in the whole build. Every 2 s let it reach ~480 MB (1.5 GB).
 */
export function heapCollector(intervalMs = 1000): AstroIntegration {
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'heap-collector',
    hooks: {
      'astro:build:start': () => {
        timer = setInterval(collectGarbage, intervalMs);
        timer.unref();
      },
      // Stopped once the pages are written: each later step starts on a collected heap (measureBuildStep).
      'astro:build:generated': () => clearInterval(timer),
    },
  };
}

export async function measured<T>(logger: AstroIntegrationLogger, step: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const rssBefore = process.memoryUsage.rss();
  let sampled = rssBefore;
  const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 50);
  try {
    return await run();
  } finally {
    clearInterval(timer);
    const peakAfter = process.resourceUsage().maxRSS * 1024;
    const peak = Math.max(sampled, process.memoryUsage.rss(), peakAfter > peakBefore ? peakAfter : 0);
    const seconds = ((performance.now() - start) / 1000).toFixed(2);
    const { heapUsed, external } = process.memoryUsage();
    logger.info(
      `step "${step}": ${seconds} s, RSS ${mb(rssBefore)} MB at start, peak RSS ${mb(peak)} MB, heap used ${mb(heapUsed)} MB, external ${mb(external)} MB`,
    );
  }
}

/**
 * The integration with its `astro:build:done` step measured under the integration's name, started
 * on a collected heap so the step's peak is its own work, not the garbage of the steps before.
 */
export function measureBuildStep(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': (options) => {
        collectGarbage();
        return measured(options.logger, integration.name, () => done(options));
      },
    },
  };
}
