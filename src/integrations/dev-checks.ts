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

/** The state of one development server's checks: the last lists, the copy of the site, the work queued. */
class SiteChecks {
  private sources: EditorMessage[] = [];
  private links: EditorMessage[] = [];
  private printed = '';
  private queue = Promise.resolve();
  private readonly pending = new Set<string>();
  site: DevSite | undefined;

  private readonly server: ViteDevServer;
  private readonly options: DevCheckOptions;

  // Fields assigned here, not TypeScript parameter properties: Node loads astro.config.mjs and what
  // it imports by stripping types, which cannot rewrite parameter properties; Astro then falls back
  // to loading the config through a Vite server of its own, whose memory the build keeps.
  constructor(server: ViteDevServer, options: DevCheckOptions) {
    this.server = server;
    this.options = options;
  }

  /** The current list to the terminal (when it changed) and to the overlay. */
  publish(): void {
    // As in the build, links are checked once the sources are right: a page the sources fault
    // renders without its anchors, and every link into it would be reported too.
    const messages = this.sources.length > 0 ? this.sources : this.links;
    const text = messages.length > 0 ? report('Checking the site', messages) : '';
    if (text !== this.printed)
      messages.length > 0 ? this.options.logger.error(text) : this.options.logger.info('site check: no problems');
    this.printed = text;
    if (messages.length > 0) this.server.ws.send({ type: 'error', err: overlayError(messages, this.options.root) });
  }

  checkSources(): void {
    this.sources = this.options.checkSources();
  }

  private checkLinks(): void {
    const { root, base, site, sourceFinder } = this.options;
    if (!this.site) return;
    const problems = checkLinks({
      distDir: this.site.dir,
      base,
      site,
      externalAllowed: Object.values(externalLinks),
      sourceOf: sourceFinder(),
    });
    // The copy is not dist/: a built page is named by its address.
    this.links = problems.map((problem) => toEditorMessage(problem.replace(/dist\/((?:[^\s/]+\/)*)index\.html/g, '/$1'), root));
  }

  /** Queues work on the copy; the server may stop or restart meanwhile: say so and go on. */
  private enqueue(what: string, work: (site: DevSite) => Promise<void>): void {
    const site = this.site;
    if (!site) return;
    this.queue = this.queue
      .then(() => work(site))
      .catch((error: unknown) => this.options.logger.warn(`${what} stopped: ${(error as Error).message}`));
  }

  private async index(site: DevSite): Promise<void> {
    const errors = await site.index();
    if (errors.length > 0) this.options.logger.warn(`search index: ${errors.join('; ')}`);
  }

  /** Fetches the pages the pending changes make, checks links, refreshes the search index. */
  flush(): void {
    if (this.pending.size === 0 || !this.site) return;
    const files = [...this.pending];
    this.pending.clear();
    const started = performance.now();
    this.enqueue('checking links', async (site) => {
      for (const file of files) await site.refresh(file);
      this.checkLinks();
      this.publish();
      this.options.logger.info(`links checked in ${Math.round(performance.now() - started)} ms after ${files.length} change(s)`);
      await this.index(site);
    });
  }

  onChange(path: string): void {
    const file = path.replaceAll('\\', '/');
    // Astro has stored an edited page's new text: its address now renders the edit.
    if (file.endsWith('/.astro/data-store.json')) return void setTimeout(() => this.flush(), 50);
    if (!/\/(content|locales|src)\//.test(file)) return;
    this.checkSources();
    // With the sources right, the list waits for the links of the pages this change makes.
    if (this.sources.length > 0) this.publish();
    // A page the source check already faults would only fail to render again.
    if (this.sources.some((message) => file.endsWith(message.file))) return;
    this.pending.add(file);
    // Code and UI strings are reloaded at once; a page waits for Astro's store (at most 3 s).
    setTimeout(() => this.flush(), file.includes('/content/') ? 3000 : 50);
  }

  /** Once the server listens: fetch every page into a copy outside the project (not watched), check, index. */
  start(port: number): void {
    const faulted = (path: string) => {
      const source = this.options.sourceFinder()(`${path}index.html`);
      return source !== null && this.sources.some((message) => message.file === source);
    };
    const { base, root, logger } = this.options;
    this.site = new DevSite(
      `http://localhost:${port}`,
      base,
      mkdtempSync(join(tmpdir(), 'site-dev-')),
      join(root, 'public'),
      faulted,
    );
    const started = performance.now();
    this.enqueue('reading the site', async (site) => {
      const count = await site.crawl();
      this.checkLinks();
      await this.index(site);
      this.publish();
      logger.info(
        `site check: ${count} pages read, links checked and search indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    });
  }
}

export function devChecks(options: DevCheckOptions): Plugin {
  return {
    name: 'site-dev-checks',
    apply: 'serve',
    configureServer(server) {
      const checks = new SiteChecks(server, options);
      // Registered now, so it comes before Vite's own handlers (and Astro's 404).
      serveSearch(server, () => checks.site, options.base);
      const onChange = (path: string) => checks.onChange(path);
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
      server.ws.on('connection', () => checks.publish());
      checks.checkSources();
      checks.publish();
      server.httpServer?.once('listening', () => {
        const address = server.httpServer!.address();
        checks.start(typeof address === 'object' && address ? address.port : 4321);
      });
      server.httpServer?.once('close', () => void checks.site?.close());
    },
  };
}
