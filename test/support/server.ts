/**
 * Serves a built site on 127.0.0.1 (a free port) under a base path, through the same module as
 * `npm start`, so the tests meet the production headers, redirects and error pages.
 */
import { startSiteServer } from '../../src/serving/server.ts';

export interface StaticServer {
  /** The site's root URL, ending in the base path (`http://127.0.0.1:1234/` or `…/docs/`). */
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(distDir: string, base = '/'): Promise<StaticServer> {
  const { url, close } = await startSiteServer(distDir, base);
  return { url, close };
}
