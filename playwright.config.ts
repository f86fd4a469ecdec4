/**
 * Browser tests (test/browser/) on @playwright/test: the built dist/ served by the same module as
 * `npm start` on a free port, Debian's Chromium for every file, and the reader flows
 * (reader-flows.test.ts) also in Firefox ESR and WebKitGTK through test/browser/engines.ts. The
 * timed paste runs last and alone: its budgets are about the page's own work.
 */
import { defineConfig } from '@playwright/test';
import { createServer } from 'node:net';
import type { EngineOptions } from './test/browser/engines.ts';
import { launchOptions } from './test/support/chromium.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

// Workers load this file again; the port the runner picked reaches them in the environment.
process.env['SITE_PORT'] ??= String(await freePort());
const siteUrl = `http://127.0.0.1:${process.env['SITE_PORT']}/`;

export default defineConfig<EngineOptions>({
  testDir: 'test/browser',
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/browser.json' }]],
  // Chromium's files on two workers, as many as cores: they keep both busy. A third worker runs
  // Firefox's and WebKit's reader flows beside them; those mostly wait for their drivers.
  workers: 3,
  fullyParallel: true,
  forbidOnly: true,
  timeout: 60_000,
  use: {
    baseURL: siteUrl,
    browserName: 'chromium',
    launchOptions,
  },
  webServer: {
    command: 'node src/serving/start.ts',
    env: { PORT: process.env['SITE_PORT']! },
    url: `${siteUrl}robots.txt`,
    reuseExistingServer: false,
  },
  projects: [
    { name: 'chromium', testIgnore: /\.timing\.test\.ts$/, workers: 2, use: { engine: 'chromium' } },
    // In one worker each: a worker starts its own Firefox (one per JavaScript and colour setting) or Xvfb.
    { name: 'firefox', testMatch: /reader-flows\.test\.ts$/, fullyParallel: false, use: { engine: 'firefox' } },
    { name: 'webkit', testMatch: /reader-flows\.test\.ts$/, fullyParallel: false, use: { engine: 'webkit' } },
    { name: 'timing', testMatch: /\.timing\.test\.ts$/, dependencies: ['chromium', 'firefox', 'webkit'], workers: 1 },
  ],
});
