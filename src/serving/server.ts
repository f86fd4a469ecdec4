/**
 * Serves a built site the way the production hosts do (policy.ts). This wrapper decides, per
 * request, which file, redirect or error page answers, which precompressed copy fits the client's
 * Accept-Encoding (negotiator: q-values, `br;q=0`), and adds the policy's headers; `send` sends the
 * file and answers what RFC 9110 asks of a file server: ranges (one range, or the whole file),
 * If-None-Match and If-Modified-Since (304), If-Match and If-Unmodified-Since (412). Nothing is
 * cached between requests, so `npm run preview` serves whatever the latest build wrote.
 * `npm start` and the browser tests both use it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import Negotiator from 'negotiator';
import send from 'send';
import { cacheControl, cacheControlFor, decide, normalizeBase, rootErrorPage, securityHeaders, type Lookup } from './policy.ts';

/** negotiator 1.x's `encoding`, with the option its types (0.6) predate: the server's order among codings accepted alike. */
type PreferringEncoding = (available: readonly string[], options: { preferred: readonly string[] }) => string | undefined;

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** Types of the files the build writes; anything else (Pagefind's index files) is sent as bytes. */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Precompressed copies the build may write beside a file, by content coding. */
const copies = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

const allowedMethods = ['GET', 'HEAD'];

/**
 * If-Range names one version of the file: the range applies only to exactly that one (a strong
 * ETag that matches, or the very Last-Modified date); otherwise the whole file is sent (RFC 9110
 * 13.1.5). `send` compares more loosely (a substring of the header, an earlier date), so the
 * request reaches it without Range when the condition fails.
 */
function dropStaleRange(request: IncomingMessage, etag: string, lastModified: string): void {
  const ifRange = request.headers['if-range'];
  if (ifRange === undefined) return;
  if (ifRange !== etag && ifRange !== lastModified) delete request.headers.range;
  delete request.headers['if-range'];
}

function statIn(distDir: string, path: string) {
  try {
    return statSync(join(distDir, path));
  } catch {
    return undefined;
  }
}

function sendError(distDir: string, request: IncomingMessage, response: ServerResponse, status: number, file: string): void {
  const page = readFileSync(join(distDir, file));
  response.writeHead(status, {
    'Content-Type': contentTypes['.html'],
    'Content-Length': page.length,
    'Cache-Control': cacheControl.revalidate,
  });
  response.end(request.method === 'HEAD' ? undefined : page);
}

/** `file`, or the precompressed copy beside it that the client prefers, with the policy's headers. */
function sendFile(distDir: string, request: IncomingMessage, response: ServerResponse, file: string): void {
  const available = copies.filter((copy) => statIn(distDir, file + copy.suffix)?.isFile());
  // Among codings the client accepts equally (browsers send "gzip, deflate, br, zstd"), the
  // smaller brotli copy, as nginx with brotli_static sends to a client that accepts br.
  const negotiator = new Negotiator(request);
  const chosen = available.length
    ? (negotiator.encoding as PreferringEncoding).call(negotiator, [...available.map((copy) => copy.coding), 'identity'], {
        preferred: copies.map((copy) => copy.coding),
      })
    : undefined;
  const copy = available.find((entry) => entry.coding === chosen);
  const sent = copy ? file + copy.suffix : file;
  const stats = statSync(join(distDir, sent));
  // A strong validator per representation: the compressed and the plain file differ in size.
  const etag = `"${stats.size.toString(16)}-${stats.mtimeMs.toString(16)}"`;
  response.setHeader('Cache-Control', cacheControlFor(file));
  response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
  response.setHeader('ETag', etag);
  if (available.length) response.setHeader('Vary', 'Accept-Encoding');
  if (copy) response.setHeader('Content-Encoding', copy.coding);
  dropStaleRange(request, etag, stats.mtime.toUTCString());
  const path = `/${sent.split('/').map(encodeURIComponent).join('/')}`;
  send(request, path, { root: distDir, index: false, cacheControl: false, etag: false })
    .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
      // A file gone since the decision (a rebuild in progress) is a miss; anything else (416,
      // 412) is answered with its status and the policy's headers, which `send` would drop.
      if (error.status === 404) return sendError(distDir, request, response, 404, rootErrorPage);
      response.removeHeader('Content-Encoding');
      response.writeHead(error.status ?? 500, { ...error.headers, 'Content-Type': contentTypes['.txt'], 'Content-Length': 0 });
      response.end();
    })
    .pipe(response);
}

export function siteHandler(distDir: string, base = '/'): Handler {
  const root = normalizeBase(base);
  const lookup: Lookup = (path) => {
    const stats = statIn(distDir, path);
    return stats?.isFile() ? 'file' : stats?.isDirectory() ? 'directory' : undefined;
  };

  const handle: Handler = (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (!allowedMethods.includes(request.method ?? '')) {
      response.writeHead(405, { Allow: allowedMethods.join(', '), 'Cache-Control': cacheControl.revalidate }).end();
      return;
    }
    let decision;
    try {
      decision = decide(request.url ?? '/', root, lookup);
    } catch {
      // Nothing a client sends may surface as a stack trace; treat the unexpected as a bad request.
      decision = { kind: 'error', status: 400, file: rootErrorPage } as const;
    }
    if (decision.kind === 'redirect') {
      response.writeHead(301, { Location: decision.location, 'Cache-Control': cacheControl.revalidate }).end();
    } else if (decision.kind === 'error') sendError(distDir, request, response, decision.status, decision.file);
    else sendFile(distDir, request, response, decision.file);
  };
  // A broken build (an error page missing) must not take the server down or show a stack trace.
  return (request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(`${request.url}: ${(error as Error).message}`);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': contentTypes['.txt'] });
      response.end('The site could not be served; see the server log.');
    }
  };
}

export interface RunningServer {
  /** The site's root URL, ending in the base path (`http://127.0.0.1:1234/` or `…/docs/`). */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves `distDir` under `base` on `host:port` (port 0: any free port). */
export async function startSiteServer(distDir: string, base = '/', port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const handler = siteHandler(distDir, base);
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://${host}:${address.port}${normalizeBase(base)}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
