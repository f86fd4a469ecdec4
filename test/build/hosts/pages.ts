/**
 * Cloudflare Pages' own local runtime (`wrangler pages dev`: Pages' `_headers`/`_redirects`
 * parser and asset handler in workerd), on a free loopback port, offline.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../support/paths.ts';
import { freePort, waitForOrigin, type RunningHost } from './nginx.ts';

/** The newest compatibility date the bundled workerd accepts: its version is `1.YYYYMMDD.n`. */
function compatibilityDate(): string {
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'node_modules/workerd/package.json'), 'utf8')) as {
    version: string;
  };
  const [, y, m, d] = /^\d+\.(\d{4})(\d{2})(\d{2})\./.exec(version) ?? [];
  if (!y) throw new Error(`workerd ${version}: no date in its version`);
  return `${y}-${m}-${d}`;
}

/** Serves `dist` with `wrangler pages dev`; its state goes to `scratch`. */
export async function startPages(dist: string, scratch: string): Promise<RunningHost> {
  const port = await freePort();
  const wrangler = join(projectRoot, 'node_modules/wrangler/bin/wrangler.js');
  const args = ['pages', 'dev', dist, '--port', String(port), '--ip', '127.0.0.1', `--compatibility-date=${compatibilityDate()}`];
  const child = spawn(process.execPath, [wrangler, ...args], {
    cwd: scratch,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return waitForOrigin(child, `http://127.0.0.1:${port}`, 'wrangler pages dev');
}
