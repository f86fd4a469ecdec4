/**
 * The local server (`npm start`, src/serving/server.ts), real nginx running the server block the
 * build wrote, and Cloudflare Pages' own runtime (`wrangler pages dev`) reading `_headers` and
 * `_redirects`: each answers every case of one table (src/serving/expectations.ts) — status,
 * Location, every header of the policy, and the right error page — as that host is documented to
 * (host-differences.ts), at the root and (ours, nginx) under SITE_BASE=/docs/. None of them
 * redirects a hostile path to another site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSiteServer, type RunningServer } from '../../src/serving/server.ts';
import { precompress } from '../../src/serving/compress.ts';
import { hiddenFiles } from '../../src/serving/policy.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { distDir, projectRoot } from '../support/paths.ts';
import { get, hashedAssets, mismatches, targetOf } from '../../src/serving/expectations.ts';
import { expectationsFor, gapFor, type Host } from '../../src/serving/host-differences.ts';
import { startNginx, type RunningHost } from './hosts/nginx.ts';
import { startPages } from './hosts/pages.ts';
import { hostileTargets, offSite } from './hosts/hostile-paths.ts';

const nginxPath = '/usr/sbin/nginx';
let scratch: string;
const servers: { close(): Promise<void> }[] = [];
const origins = new Map<string, { origin: string; base: string; dist: string; host: Host | 'policy' }>();
let docs: ProjectCopy | undefined;

beforeAll(async () => {
  if (!existsSync(nginxPath)) throw new Error(`No nginx at ${nginxPath}: apt-get install -y nginx-light (.ci/run does)`);
  scratch = mkdtempSync(join(tmpdir(), 'serving-'));
  docs = copyProject();
  const docsBuild = docs.build({ SITE_BASE: '/docs/' });
  if (docsBuild.status !== 0) throw new Error(`the build under /docs/ failed:\n${docsBuild.output.slice(-3000)}`);
  const docsDist = join(docs.root, 'dist');
  await precompress(docsDist, hiddenFiles); // as `npm run build:nginx` does for the root build
  const builds = [
    { base: '/', dist: distDir, nginxConf: join(projectRoot, 'deploy/nginx.conf') },
    { base: '/docs/', dist: docsDist, nginxConf: join(docsDist, '..', 'deploy/nginx.conf') },
  ];
  for (const build of builds) {
    const local: RunningServer = await startSiteServer(build.dist, build.base);
    servers.push(local);
    origins.set(`local server, base ${build.base}`, {
      origin: new URL(local.url).origin,
      base: build.base,
      dist: build.dist,
      host: 'policy',
    });
    const nginx: RunningHost = await startNginx(
      readFileSync(build.nginxConf, 'utf8'),
      build.dist,
      build.base,
      join(scratch, build.base === '/' ? 'root' : 'docs'),
    );
    servers.push(nginx);
    origins.set(`nginx, base ${build.base}`, { origin: nginx.origin, base: build.base, dist: build.dist, host: 'policy' });
  }
  mkdirSync(join(scratch, 'pages'));
  const pages = await startPages(distDir, join(scratch, 'pages'));
  servers.push(pages);
  origins.set('Cloudflare Pages runtime, base /', { origin: pages.origin, base: '/', dist: distDir, host: 'pages' });
}, 240_000);

afterAll(async () => {
  for (const server of servers) await server.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  docs?.dispose();
});

const hosts = [
  'local server, base /',
  'nginx, base /',
  'Cloudflare Pages runtime, base /',
  'local server, base /docs/',
  'nginx, base /docs/',
];

describe.each(hosts)('%s', (name) => {
  it('answers every case of the table with its status, Location, headers and error page', async () => {
    const { origin, base, dist, host } = origins.get(name)!;
    const cases = expectationsFor(host, hashedAssets(dist), base);
    expect(cases.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const expected of cases) {
      const gap = host === 'policy' ? undefined : gapFor(host, expected);
      if (gap?.skip === 'case') continue;
      const target = targetOf(base, expected.path);
      const headers: Record<string, string> = expected.acceptEncoding ? { 'accept-encoding': expected.acceptEncoding } : {};
      const answer = await get(origin, target, headers);
      for (const problem of mismatches(expected, answer, { headers: gap?.skip !== 'headers' }))
        failures.push(`${expected.name} (${target}): ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it('never redirects a hostile path to another site', async () => {
    const { origin, base } = origins.get(name)!;
    const problems: string[] = [];
    for (const path of hostileTargets()) {
      const target = base === '/' ? path : `${base.slice(0, -1)}${path}`;
      const location = (await get(origin, target)).headers['location'];
      const problem = offSite(typeof location === 'string' ? location : undefined, target);
      if (problem) problems.push(`${target}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('Cloudflare Pages runtime extras', () => {
  it('passes `npm run check:deploy -- <origin> --host pages`', async () => {
    const { origin } = origins.get('Cloudflare Pages runtime, base /')!;
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'src/serving/check-deploy.ts'), `${origin}/`, '--host', 'pages'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
      },
    );
    // Only the cases the emulator cannot answer as Pages does may fail.
    const cases = expectationsFor('pages', hashedAssets(distDir), '/');
    const gaps = cases.filter((expected) => gapFor('pages', expected)?.skip === 'case');
    const failed = [...result.stdout.matchAll(/^FAIL (\S+)/gm)].map((match) => match[1]);
    expect(failed).toEqual(gaps.map((expected) => targetOf('/', expected.path)));
    expect(result.stdout).toContain(`${cases.length - gaps.length} of ${cases.length} checks passed`);
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
