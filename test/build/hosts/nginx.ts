/**
 * Debian's nginx run in the foreground on a free loopback port with a temporary prefix, to check
 * the server block the build writes against the shared table of cases (src/serving/expectations.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { get } from '../../../src/serving/expectations.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningHost {
  origin: string;
  close(): Promise<void>;
}

/** Waits until `child` answers at `origin` (or throws with what it printed, and stops it). */
export async function waitForOrigin(child: ChildProcess, origin: string, name: string, seconds = 60): Promise<RunningHost> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    try {
      await get(origin, '/');
      break;
    } catch (error) {
      if (attempt > seconds * 10) {
        child.kill('SIGTERM');
        throw new Error(`${name} did not answer within ${seconds} s:\n${output}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export type RunningNginx = RunningHost;

/**
 * Runs Debian's nginx in the foreground on a free loopback port with a temporary prefix, with the
 * server block the build wrote (`serverBlock`) pointed at `dist` placed under `base`.
 */
export async function startNginx(serverBlock: string, dist: string, base: string, scratch: string): Promise<RunningNginx> {
  const port = await freePort();
  const siteRoot = join(scratch, 'root');
  mkdirSync(siteRoot, { recursive: true });
  if (base === '/') symlinkSync(dist, join(siteRoot, 'site'));
  else {
    mkdirSync(join(siteRoot, 'site'));
    symlinkSync(dist, join(siteRoot, 'site', base.replace(/^\/|\/$/g, '')));
  }
  const block = serverBlock
    .replace(/^(\s*)listen [^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${join(siteRoot, 'site')};`);
  if (block === serverBlock) throw new Error('the nginx server block has no listen/root lines to point at the test site');
  writeFileSync(join(scratch, 'site.conf'), block);
  writeFileSync(
    join(scratch, 'nginx.conf'),
    [
      // The module brotli_static needs, where Debian's package libnginx-mod-http-brotli-static puts it.
      'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;',
      'daemon off;',
      'master_process off;',
      `pid ${join(scratch, 'nginx.pid')};`,
      `error_log ${join(scratch, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(scratch, kind)};`),
      `  include ${join(scratch, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const nginx: ChildProcess = spawn(
    '/usr/sbin/nginx',
    ['-p', scratch, '-c', join(scratch, 'nginx.conf'), '-e', join(scratch, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return waitForOrigin(nginx, `http://127.0.0.1:${port}`, 'nginx').catch((error: Error) => {
    let log = '';
    try {
      log = readFileSync(join(scratch, 'error.log'), 'utf8');
    } catch {}
    throw new Error(`${error.message}\n${log}`);
  });
}
