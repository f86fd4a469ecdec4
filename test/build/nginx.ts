/**
 * Debian's nginx run in the foreground on a free loopback port with a temporary prefix, to check
 * the server block the build writes against the shared table of cases (src/serving/expectations.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { get } from '../../src/serving/expectations.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningNginx {
  origin: string;
  close(): Promise<void>;
}

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
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (nginx.exitCode !== null) {
      let log = '';
      try {
        log = readFileSync(join(scratch, 'error.log'), 'utf8');
      } catch {}
      throw new Error(`nginx exited (${nginx.exitCode}): ${stderr}\n${log}`);
    }
    try {
      await get(origin, '/');
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        if (nginx.exitCode !== null) return resolve();
        nginx.once('exit', () => resolve());
        nginx.kill('SIGTERM');
      }),
  };
}
