/**
 * The environment `npm run build` gives the build: the variables its script in package.json sets
 * before `astro build` (the allocator settings that keep Rolldown's memory in check, see
 * README "Build memory"), so the benchmarks build exactly as the project does, with Node's default
 * heap (no NODE_OPTIONS) and without what Vite puts in the environment of a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../support/paths.ts';

export function buildEnvironment(): NodeJS.ProcessEnv {
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  const assignments = /^((?:\w+=\S*\s+)*)astro build$/.exec(scripts['build'] ?? '');
  if (!assignments) throw new Error(`package.json "build" is not "[NAME=value …] astro build": ${scripts['build']}`);
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  delete env['NODE_OPTIONS'];
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete env[name];
  for (const [, name, value] of assignments[1]!.matchAll(/(\w+)=(\S*)/g)) env[name!] = value!;
  return env;
}
