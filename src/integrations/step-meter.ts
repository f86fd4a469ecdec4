/**
 * Times a build step and reports memory, so a slow or memory-hungry step shows in every build log.
 * RSS is sampled while the step runs (for steps that await) and read again at the end; the peak
 * also includes the process's high-water mark, which only a step can have raised when it is the
 * highest so far. Child processes (Pagefind's binary) are not counted: the benchmark measures them.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

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

/** The integration with its `astro:build:done` step measured under the integration's name. */
export function measureBuildStep(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': (options) => measured(options.logger, integration.name, () => done(options)),
    },
  };
}
