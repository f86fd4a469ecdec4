/** Serves a built site on 127.0.0.1 (a free port) the way a static host would, under a base path. */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** The site's root URL, ending in the base path (`http://127.0.0.1:1234/` or `…/docs/`). */
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(distDir: string, base = '/'): Promise<StaticServer> {
  const serve = sirv(distDir, { dev: false, etag: true, gzip: false, brotli: false });
  const notFound = join(distDir, '404.html');
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end('outside the site');
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    serve(request, response, () => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
