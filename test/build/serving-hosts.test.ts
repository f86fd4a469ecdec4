/**
 * The local server (`npm start`, src/serving/server.ts) and real nginx running the server block
 * the build wrote: both answer every case of one table (src/serving/expectations.ts) the same way —
 * status, Location, every header of the policy, and the right error page — at the root and under
 * SITE_BASE=/docs/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSiteServer, type RunningServer } from '../../src/serving/server.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { distDir, projectRoot } from '../support/paths.ts';
import { expectations, get, hashedAssets, mismatches, targetOf } from '../../src/serving/expectations.ts';
import { startNginx, type RunningNginx } from './nginx.ts';

const nginxPath = '/usr/sbin/nginx';
let scratch: string;
const servers: { close(): Promise<void> }[] = [];
const origins = new Map<string, { origin: string; base: string; dist: string }>();
let docs: ProjectCopy | undefined;

beforeAll(async () => {
  if (!existsSync(nginxPath)) throw new Error(`No nginx at ${nginxPath}: apt-get install -y nginx-light (.ci/run does)`);
  scratch = mkdtempSync(join(tmpdir(), 'serving-'));
  docs = copyProject();
  const docsBuild = docs.build({ SITE_BASE: '/docs/' });
  if (docsBuild.status !== 0) throw new Error(`the build under /docs/ failed:\n${docsBuild.output.slice(-3000)}`);
  const docsDist = join(docs.root, 'dist');
  const builds = [
    { base: '/', dist: distDir, nginxConf: join(projectRoot, 'deploy/nginx.conf') },
    { base: '/docs/', dist: docsDist, nginxConf: join(docsDist, '..', 'deploy/nginx.conf') },
  ];
  for (const build of builds) {
    const local: RunningServer = await startSiteServer(build.dist, build.base);
    servers.push(local);
    origins.set(`local server, base ${build.base}`, { origin: new URL(local.url).origin, base: build.base, dist: build.dist });
    const nginx: RunningNginx = await startNginx(
      readFileSync(build.nginxConf, 'utf8'),
      build.dist,
      build.base,
      join(scratch, build.base === '/' ? 'root' : 'docs'),
    );
    servers.push(nginx);
    origins.set(`nginx, base ${build.base}`, { origin: nginx.origin, base: build.base, dist: build.dist });
  }
}, 240_000);

afterAll(async () => {
  for (const server of servers) await server.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  docs?.dispose();
});

const hosts = ['local server, base /', 'nginx, base /', 'local server, base /docs/', 'nginx, base /docs/'];

describe.each(hosts)('%s', (host) => {
  it('answers every case of the table with its status, Location, headers and error page', async () => {
    const { origin, base, dist } = origins.get(host)!;
    const cases = expectations(hashedAssets(dist), base);
    expect(cases.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const expected of cases) {
      const target = targetOf(base, expected.path);
      const headers: Record<string, string> = expected.acceptEncoding ? { 'accept-encoding': expected.acceptEncoding } : {};
      const answer = await get(origin, target, headers);
      for (const problem of mismatches(expected, answer)) failures.push(`${expected.name} (${target}): ${problem}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('local server extras', () => {
  it('under /docs/, robots.txt names the sitemap under /docs/ and pages share their image under /docs/', async () => {
    const { origin } = origins.get('local server, base /docs/')!;
    const robots = await get(origin, '/docs/robots.txt');
    expect(robots.body).toMatch(/^Sitemap: https:\/\/partner-support-guide\.example\/docs\/sitemap-index\.xml$/m);
    expect((await get(origin, '/docs/sitemap-index.xml')).status).toBe(200);
    const page = await get(origin, '/docs/es-es/troubleshooting/');
    const image = /<meta property="og:image" content="https:\/\/partner-support-guide\.example(\/docs\/og\/es-es\.png)"/.exec(
      page.body,
    )?.[1];
    expect(image).toBe('/docs/og/es-es.png');
    expect((await get(origin, image!)).status).toBe(200);
  });

  it('sends the brotli copy to a browser that accepts it, and the same bytes as the page', async () => {
    const { origin } = origins.get('local server, base /')!;
    const plain = await get(origin, '/pt-br/guide/activate/');
    const brotli = await get(origin, '/pt-br/guide/activate/', { 'accept-encoding': 'br, gzip' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotli.body).toBe(plain.body);
  });

  it('answers an unchanged page with 304 and still sends the policy headers', async () => {
    const { origin } = origins.get('local server, base /')!;
    const first = await get(origin, '/en/');
    const again = await get(origin, '/en/', { 'if-none-match': String(first.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });
});
