/**
 * `npm start` / `npm run preview` as an HTTP file server (RFC 9110): byte ranges served right or
 * ignored, conditional requests, content negotiation with q-values, 405 for other methods, and a
 * rebuilt file served without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSiteServer, type RunningServer } from '../../src/serving/server.ts';
import { distDir } from '../support/paths.ts';

let server: RunningServer;
let scratch: string;
const page = '/en/guide/activate/';
const plain = () => readFileSync(join(scratch, 'en/guide/activate/index.html'));

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request, the body as sent (not decompressed). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET', body?: Buffer): Promise<Raw> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: url.hostname, port: url.port, path, method, headers: { connection: 'close', ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

beforeAll(async () => {
  // A copy, so the test can rebuild a page under the running server.
  scratch = mkdtempSync(join(tmpdir(), 'serving-http-'));
  cpSync(distDir, scratch, { recursive: true });
  server = await startSiteServer(scratch);
});

afterAll(async () => {
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('byte ranges', () => {
  it('sends the asked range, the last bytes for a suffix range, and 416 for an empty suffix', async () => {
    const middle = await raw(page, { range: 'bytes=10-19' });
    expect(middle.status).toBe(206);
    expect(middle.body.equals(plain().subarray(10, 20))).toBe(true);
    expect(middle.headers['content-range']).toBe(`bytes 10-19/${plain().length}`);
    const last = await raw(page, { range: 'bytes=-100' });
    expect(last.status).toBe(206);
    expect(last.body.equals(plain().subarray(-100))).toBe(true);
    const none = await raw(page, { range: 'bytes=-0' });
    expect(none.status).toBe(416);
    expect(none.headers['content-range']).toBe(`bytes */${plain().length}`);
    expect(none.headers['content-security-policy']).toBeTruthy();
  });

  it('answers a backwards range, an unknown unit and a stale If-Range with no part of the file (416 or the whole)', async () => {
    const backwards = await raw(page, { range: 'bytes=50-10' });
    expect([200, 416]).toContain(backwards.status);
    if (backwards.status === 200) expect(backwards.body.equals(plain())).toBe(true);
    expect(Number(backwards.headers['content-length'])).toBeGreaterThanOrEqual(0);
    const unit = await raw(page, { range: 'items=0-5' });
    expect(unit.status).toBe(200);
    expect(unit.body.equals(plain())).toBe(true);
    const stale = await raw(page, { range: 'bytes=0-9', 'if-range': '"not-this-version"' });
    expect(stale.status).toBe(200);
    expect(stale.body.equals(plain())).toBe(true);
    const weak = await raw(page);
    const weakEtag = `W/${String(weak.headers['etag'])}`;
    expect((await raw(page, { range: 'bytes=0-9', 'if-range': weakEtag })).status).toBe(200);
    const fresh = await raw(page, { range: 'bytes=0-9', 'if-range': String(weak.headers['etag']) });
    expect(fresh.status).toBe(206);
  });
});

describe('conditional requests', () => {
  it('answers 304 to a matching If-None-Match (in a list, or *) and to If-Modified-Since, with ETag and Vary', async () => {
    const first = await raw(page, { 'accept-encoding': 'gzip' });
    const etag = String(first.headers['etag']);
    for (const noneMatch of [etag, `"other", ${etag}`, '*']) {
      const again = await raw(page, { 'accept-encoding': 'gzip', 'if-none-match': noneMatch });
      expect(again.status, noneMatch).toBe(304);
      expect(again.headers['etag']).toBe(etag);
      expect(again.headers['vary']).toMatch(/accept-encoding/i);
      expect(again.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(again.body.length).toBe(0);
    }
    const since = await raw(page, { 'accept-encoding': 'gzip', 'if-modified-since': String(first.headers['last-modified']) });
    expect(since.status).toBe(304);
    expect((await raw(page, { 'if-none-match': '"other"' })).status).toBe(200);
    expect((await raw(page, { 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status).toBe(200);
  });

  it('answers 412 to an If-Match that names another version', async () => {
    const failed = await raw(page, { 'if-match': '"other"' });
    expect(failed.status).toBe(412);
    expect(failed.headers['x-frame-options']).toBe('DENY');
  });
});

describe('content negotiation', () => {
  it('sends brotli, gzip or the plain file as Accept-Encoding and its q-values ask', async () => {
    const coding = async (accept?: string) =>
      (await raw(page, accept === undefined ? {} : { 'accept-encoding': accept })).headers['content-encoding'] ?? 'identity';
    expect(await coding('br;q=0, gzip')).toBe('gzip');
    expect(await coding('br;q=0')).toBe('identity');
    expect(await coding('gzip;q=0.5, br;q=0.4')).toBe('gzip');
    expect(await coding('br, gzip')).toBe('br');
    // What browsers send: every coding alike, gzip first.
    expect(await coding('gzip, deflate, br, zstd')).toBe('br');
    expect(await coding('*')).toBe('br');
    expect(await coding('identity')).toBe('identity');
    expect(await coding()).toBe('identity');
  });
});

describe('methods', () => {
  it.each(['POST', 'OPTIONS', 'DELETE', 'TRACE', 'PROPFIND', 'PUT'])(
    'answers %s with 405 and Allow: GET, HEAD',
    async (method) => {
      const answer = await raw(page, {}, method, method === 'POST' ? Buffer.alloc(1024 * 1024) : undefined);
      expect(answer.status).toBe(405);
      expect(answer.headers['allow']).toBe('GET, HEAD');
      expect(answer.headers['content-security-policy']).toBeTruthy();
    },
  );

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await raw(page, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(plain().length);
    expect(head.body.length).toBe(0);
  });
});

describe('preview after a rebuild', () => {
  it('serves a page the build added, and the error page it changed, without a restart', async () => {
    expect((await raw('/en/new-page/')).status).toBe(404);
    mkdirSync(join(scratch, 'en/new-page'));
    writeFileSync(join(scratch, 'en/new-page/index.html'), '<!doctype html><title>new</title>');
    const added = await raw('/en/new-page/');
    expect(added.status).toBe(200);
    expect(added.body.toString()).toContain('<title>new</title>');
    writeFileSync(join(scratch, 'en/404.html'), '<!doctype html><html lang="en"><title>rebuilt 404</title>');
    expect((await raw('/en/nope/')).body.toString()).toContain('rebuilt 404');
  });
});
