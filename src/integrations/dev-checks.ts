/**
 * `npm run dev` checks what the build checks, on every change: the sources at once (the same
 * checks as the build, a few hundred milliseconds), then the links and anchors of the pages the
 * change made, over the development server's copy of the site (dev-site.ts), whose search index it
 * also serves. Problems go to the terminal and to Astro's error overlay in the browser, as the same
 * editor messages the build prints; the overlay goes away with the next change that fixes them.
 */
import type { Plugin, ViteDevServer } from 'vite';
import type { AstroIntegrationLogger } from 'astro';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { formatMessage, type EditorMessage } from '../content/editor-message.ts';
import { externalLinks } from '../rules/program.ts';
import { pagefindFolder } from '../search/types.ts';
import { report, toEditorMessage } from './editor-messages.ts';
import { checkLinks } from './link-check.ts';
import { DevSite } from './dev-site.ts';

export interface DevCheckOptions {
  root: string;
  base: string;
  site: string;
  logger: AstroIntegrationLogger;
  checkSources: () => EditorMessage[];
  /** Built page → its guide source, read afresh for each check (pages come and go while editing). */
  sourceFinder: () => (page: string) => string | null;
}

const types: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** The overlay's error: Astro's overlay shows `title`, `message`, `hint` and the code at the first location. */
function overlayError(messages: readonly EditorMessage[], root: string) {
  const first = messages[0]!;
  return {
    name: 'Site check',
    title: `${messages.length} problem(s) in the site's sources`,
    // Plain text: the overlay escapes it and keeps its line breaks.
    message: messages.map(formatMessage).join('\n'),
    hint: 'Fix them in the files named; this updates on every save, as `npm run build` would report them.',
    loc: { file: join(root, first.file), line: first.line, column: first.column },
    stack: '',
  };
}

function serveSearch(server: ViteDevServer, site: () => DevSite | undefined, base: string): void {
  const prefix = `${base}${pagefindFolder}/`;
  server.middlewares.use((request, response, next) => {
    const path = (request.url ?? '').split('?')[0]!;
    const file = path.startsWith(prefix) ? site()?.search.get(decodeURIComponent(path.slice(prefix.length))) : undefined;
    if (!file) return next();
    response.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', 'no-store');
    response.end(file);
  });
}

export function devChecks({ root, base, site: siteUrl, logger, checkSources, sourceFinder }: DevCheckOptions): Plugin {
  return {
    name: 'site-dev-checks',
    apply: 'serve',
    configureServer(server) {
      let sources: EditorMessage[] = [];
      let links: EditorMessage[] = [];
      let site: DevSite | undefined;
      let printed = '';
      const publish = () => {
        // As in the build, links are checked once the sources are right: a page the sources fault
        // renders without its anchors, and every link into it would be reported too.
        const messages = sources.length > 0 ? sources : links;
        const text = messages.length > 0 ? report('Checking the site', messages) : '';
        if (text !== printed) messages.length > 0 ? logger.error(text) : logger.info('site check: no problems');
        printed = text;
        if (messages.length > 0) server.ws.send({ type: 'error', err: overlayError(messages, root) });
      };
      const checkLinksNow = () =>
        site
          ? checkLinks({
              distDir: site.dir,
              base,
              site: siteUrl,
              externalAllowed: Object.values(externalLinks),
              sourceOf: sourceFinder(),
              // The copy is not dist/: a built page is named by its address.
            }).map((problem) => toEditorMessage(problem.replace(/dist\/((?:[^\s/]+\/)*)index\.html/g, '/$1'), root))
          : [];
      let queue = Promise.resolve();
      // The server may stop or restart while pages are fetched: say so, and go on with the next change.
      const warnStopped = (what: string) => (error: unknown) => logger.warn(`${what} stopped: ${(error as Error).message}`);
      const pending = new Set<string>();
      const flush = () => {
        if (pending.size === 0 || !site) return;
        const files = [...pending];
        pending.clear();
        const started = performance.now();
        queue = queue
          .then(async () => {
            for (const file of files) await site!.refresh(file);
            links = checkLinksNow();
            publish();
            logger.info(`links checked in ${Math.round(performance.now() - started)} ms after ${files.length} change(s)`);
            const errors = await site!.index();
            if (errors.length > 0) logger.warn(`search index: ${errors.join('; ')}`);
          })
          .catch(warnStopped('checking links'));
      };
      const onChange = (path: string) => {
        const file = path.replaceAll('\\', '/');
        // Astro has stored an edited page's new text: its address now renders the edit.
        if (file.endsWith('/.astro/data-store.json')) return void setTimeout(flush, 50);
        if (!/\/(content|locales|src)\//.test(file)) return;
        sources = checkSources();
        // With the sources right, the list waits for the links of the pages this change makes.
        if (sources.length > 0) publish();
        // A page the source check already faults would only fail to render again.
        if (sources.some((message) => file.endsWith(message.file))) return;
        pending.add(file);
        // Code and UI strings are reloaded at once; a page waits for Astro's store (at most 3 s).
        setTimeout(flush, file.includes('/content/') ? 3000 : 50);
      };
      // Registered now, so it comes before Vite's own handlers (and Astro's 404).
      serveSearch(server, () => site, base);
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
      server.ws.on('connection', () => publish());
      sources = checkSources();
      publish();
      server.httpServer?.once('listening', () => {
        const address = server.httpServer!.address();
        const port = typeof address === 'object' && address ? address.port : 4321;
        // Outside the project, so the server does not watch (and reload for) its own copy.
        const faulted = (path: string) => {
          const source = sourceFinder()(`${path}index.html`);
          return source !== null && sources.some((message) => message.file === source);
        };
        site = new DevSite(
          `http://localhost:${port}`,
          base,
          mkdtempSync(join(tmpdir(), 'site-dev-')),
          join(root, 'public'),
          faulted,
        );
        queue = queue
          .then(async () => {
            const started = performance.now();
            const count = await site!.crawl();
            links = checkLinksNow();
            const errors = await site!.index();
            publish();
            logger.info(
              `site check: ${count} pages read, links checked and search indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
            );
            if (errors.length > 0) logger.warn(`search index: ${errors.join('; ')}`);
          })
          .catch(warnStopped('reading the site'));
      });
      server.httpServer?.once('close', () => void site?.close());
    },
  };
}
