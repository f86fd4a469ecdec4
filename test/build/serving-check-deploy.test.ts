/**
 * `npm run check:deploy`: against the local server it passes every check; against a plain static
 * server (files only, no policy) it fails and names the missing headers, the wrong statuses and
 * the missing redirects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { startSiteServer, type RunningServer } from '../../src/serving/server.ts';
import { distDir, projectRoot } from '../support/paths.ts';

let local: RunningServer;
let plain: Server;
let plainUrl: string;

beforeAll(async () => {
  local = await startSiteServer(distDir, '/');
  plain = createServer(sirv(distDir, { dev: false }));
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const address = plain.address();
  plainUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

afterAll(async () => {
  await local?.close();
  plain?.closeAllConnections();
  await new Promise<void>((resolve) => plain?.close(() => resolve()));
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
