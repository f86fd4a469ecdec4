/**
 * Serves a built site the way the production hosts do (policy.ts): sirv sends the files (ETag,
 * ranges, precompressed .br/.gz, content types); this wrapper only decides, per request, which
 * file, redirect or error page answers and adds the policy's headers. `npm start` and the browser
 * tests both use it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { cacheControl, cacheControlFor, decide, normalizeBase, securityHeaders, type Lookup } from './policy.ts';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export function siteHandler(distDir: string, base = '/'): Handler {
  const root = normalizeBase(base);
  const serve = sirv(distDir, { dev: false, etag: true, gzip: true, brotli: true, extensions: [] });
  const lookup: Lookup = (path) => {
    try {
      const stats = statSync(join(distDir, path));
      return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : undefined;
    } catch {
      return undefined;
    }
  };
  const errorPages = new Map<string, Buffer>();
  const errorPage = (file: string): Buffer => {
    let page = errorPages.get(file);
    if (!page) {
      page = readFileSync(join(distDir, file));
      errorPages.set(file, page);
    }
    return page;
  };

  const handle: Handler = (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    let decision;
    try {
      decision = decide(request.url ?? '/', root, lookup);
    } catch {
      // Nothing a client sends may surface as a stack trace; treat the unexpected as a bad request.
      decision = { kind: 'error', status: 400, file: '404.html' } as const;
    }
    if (decision.kind === 'redirect') {
      response.writeHead(301, { Location: decision.location, 'Cache-Control': cacheControl.revalidate }).end();
      return;
    }
    if (decision.kind === 'error') {
      response.writeHead(decision.status, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': cacheControl.revalidate,
      });
      response.end(request.method === 'HEAD' ? undefined : errorPage(decision.file));
      return;
    }
    response.setHeader('Cache-Control', cacheControlFor(decision.file));
    // Pagefind's files have no registered type; say so instead of sending an empty one.
    if (!/\.(html|css|js|json|svg|png|xml|txt|wasm|ico|woff2?)$/.test(decision.file))
      response.setHeader('Content-Type', 'application/octet-stream');
    request.url = encodeURI(`/${decision.file}`);
    serve(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(errorPage('404.html'));
    });
  };
  // A broken build (an error page missing) must not take the server down or show a stack trace.
  return (request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(`${request.url}: ${(error as Error).message}`);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
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
