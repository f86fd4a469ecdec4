/**
 * Once per browser test run: serve dist/ and start one Chromium server per worker; each test file
 * connects to its worker's (support/browser.ts). One Chromium for all workers made its browser
 * process the queue every page of every worker waited in.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromium, chromiumPath, launchOptions } from './chromium.ts';
import { startStaticServer } from './server.ts';
import { distDir } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** One Chromium server per worker, by `VITEST_POOL_ID` − 1. */
    wsEndpoints: string[];
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const server = await startStaticServer(distDir);
  const workers = Math.max(1, Number(project.vitest.config.maxWorkers) || 1);
  const browserServers = await Promise.all(Array.from({ length: workers }, () => chromium.launchServer(launchOptions)));
  project.provide('siteUrl', server.url);
  project.provide(
    'wsEndpoints',
    browserServers.map((browserServer) => browserServer.wsEndpoint()),
  );
  return async () => {
    await Promise.all(browserServers.map((browserServer) => browserServer.close()));
    await server.close();
  };
}
