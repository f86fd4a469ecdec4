/**
 * Once per browser test run: serve dist/ and start one Chromium server; test files connect to it.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromium, chromiumPath, launchOptions } from './chromium.ts';
import { startStaticServer } from './server.ts';
import { distDir } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const server = await startStaticServer(distDir);
  const browserServer = await chromium.launchServer(launchOptions);
  project.provide('siteUrl', server.url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
