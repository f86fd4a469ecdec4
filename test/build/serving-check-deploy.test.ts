/**
 * `npm run check:deploy`: against the local server it passes every check, and against one that
 * writes Cache-Control in another order and spacing (as Netlify does); against a plain static
 * server (files only, no policy) it fails and names the missing headers, the wrong statuses and
 * the missing redirects. Against Cloudflare Pages' runtime with `--host pages`: serving-hosts.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { siteHandler, startSiteServer, type RunningServer } from '../../src/serving/server.ts';
import { distDir, projectRoot } from '../support/paths.ts';

let local: RunningServer;
let plain: Server;
let plainUrl: string;
let reordered: Server;
let reorderedUrl: string;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}

beforeAll(async () => {
  local = await startSiteServer(distDir, '/');
  plain = createServer(sirv(distDir, { dev: false }));
  plainUrl = await listen(plain);
  const handle = siteHandler(distDir);
  reordered = createServer((request, response) => {
    const setHeader = response.setHeader.bind(response);
    response.setHeader = (name, value) =>
      setHeader(name, /^cache-control$/i.test(name) ? String(value).split(', ').reverse().join(',') : value);
    const writeHead = response.writeHead.bind(response) as (status: number, headers?: Record<string, unknown>) => typeof response;
    response.writeHead = ((status: number, headers?: Record<string, unknown>) => {
      const cache = headers?.['Cache-Control'];
      return writeHead(status, cache ? { ...headers, 'Cache-Control': String(cache).split(', ').reverse().join(',') } : headers);
    }) as typeof response.writeHead;
    handle(request, response);
  });
  reorderedUrl = await listen(reordered);
});

afterAll(async () => {
  await local?.close();
  for (const server of [plain, reordered]) {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  }
});

function checkDeploy(...args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(projectRoot, 'src/serving/check-deploy.ts'), ...args],
      { cwd: projectRoot },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe('check:deploy', () => {
  it('passes against the local server', async () => {
    const { code, output } = await checkDeploy(local.url);
    expect(output).not.toMatch(/FAIL/);
    const [, passed, total] = /(\d+) of (\d+) checks passed/.exec(output) ?? [];
    expect(Number(passed)).toBeGreaterThan(50);
    expect(passed).toBe(total);
    expect(code).toBe(0);
  });

  it('compares Cache-Control as a set of directives (Netlify writes `public,max-age=0,must-revalidate`)', async () => {
    const { code, output } = await checkDeploy(reorderedUrl);
    expect(output).not.toMatch(/FAIL/);
    expect(code).toBe(0);
  });

  it('fails against a host that serves only the files, naming what is wrong', async () => {
    const { code, output } = await checkDeploy(plainUrl);
    expect(code).toBe(1);
    expect(output).toMatch(/FAIL \/en\/calculator {2}\(.*expected 301 → \/en\/calculator\/\)\n\s+status 200, expected 301/);
    expect(output).toMatch(/Content-Security-Policy: \(missing\)/);
    expect(output).toMatch(/Strict-Transport-Security: \(missing\)/);
    expect(output).toMatch(/FAIL \/pt-br\/guide\/nope\/.*\n(\s+.*\n)*\s+body is not the pt-BR 404 page/);
  });

  it('refuses an address that is not one, with usage', async () => {
    const { code, output } = await checkDeploy('not-a-url');
    expect(code).toBe(2);
    expect(output).toMatch(/usage: npm run check:deploy/);
  });
});
