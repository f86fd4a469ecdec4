/**
 * The development server's copy of the site, so `npm run dev` can do what the build does after
 * writing pages: check every link and anchor, and give search an index. When the server starts,
 * every page reachable from the home pages is fetched from it (as a reader would get it) into a
 * folder shaped like `dist/`; after an edit, only the pages the edited file makes are fetched again.
 * The link check then reads that folder, and Pagefind's Node API indexes it in memory.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { localePaths } from '../i18n/locales.ts';
import { addPages } from './search-index.ts';

/** Vite's and Astro's development tags, which point at the dev server's modules, not at pages of the site. */
const devTags = /<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>|<link\b[^>]*rel="stylesheet"[^>]*>/g;

export class DevSite {
  /** The pages fetched, as paths below the base (`en/guide/activate/`). */
  private readonly pages = new Set<string>();
  /** Pagefind's files, by path below `pagefind/`. */
  search = new Map<string, Uint8Array>();

  private readonly origin: string;
  private readonly base: string;
  readonly dir: string;
  /** Pages not to fetch now (their source has a problem: rendering them would only fail again). */
  private readonly skip: (path: string) => boolean;

  // No parameter properties: see SiteChecks in dev-checks.ts.
  constructor(origin: string, base: string, dir: string, publicDir: string, skip: (path: string) => boolean = () => false) {
    this.origin = origin;
    this.base = base;
    this.dir = dir;
    this.skip = skip;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    if (existsSync(publicDir)) cpSync(publicDir, dir, { recursive: true });
  }

  /** Fetches one page and the pages it links to that are not known yet; returns the paths fetched. */
  private async fetchPage(path: string, follow: boolean, queue: string[]): Promise<void> {
    if (this.skip(path)) return;
    const response = await fetch(new URL(`${this.base}${path}`, this.origin));
    const html = await response.text();
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) return;
    const file = join(this.dir, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html.replace(devTags, ''));
    this.pages.add(path);
    if (!follow) return;
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"#?]*)/g)) {
      const url = new URL(href!, new URL(`${this.base}${path}`, this.origin));
      if (url.origin !== this.origin || !url.pathname.startsWith(this.base) || !url.pathname.endsWith('/')) continue;
      const next = url.pathname.slice(this.base.length);
      if (!this.pages.has(next) && !queue.includes(next)) queue.push(next);
    }
  }

  /** Every page reachable from each locale's home page, two at a time. */
  async crawl(): Promise<number> {
    const queue = localePaths.map((locale) => `${locale}/`);
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) await this.fetchPage(path, true, queue);
    };
    await Promise.all([worker(), worker()]);
    return this.pages.size;
  }

  /**
   * Fetches again the pages a changed file makes: a guide page's address in every locale (an
   * English page stands in for a missing translation), or every page when the change is not a page.
   */
  async refresh(changedFile: string): Promise<void> {
    const page = /content\/[\w-]+\/[\w-]+\/([\w-]+)\.mdx$/.exec(changedFile.replaceAll('\\', '/'));
    const paths = page ? localePaths.map((locale) => `${locale}/guide/${page[1]}/`) : [...this.pages];
    const queue: string[] = [];
    for (const path of paths) await this.fetchPage(path, Boolean(page), queue);
    // A new page is linked from the one that changed (or from the sidebar of every page).
    for (const path of queue) await this.fetchPage(path, false, []);
  }

  /** Rebuilds the search index from the fetched pages, in memory. */
  async index(): Promise<string[]> {
    const { index, errors } = await createIndex({});
    if (!index) return errors;
    try {
      const addErrors = await addPages(index, this.dir);
      if (addErrors.length > 0) return addErrors;
      const { files, errors: fileErrors } = await index.getFiles();
      this.search = new Map(files.map((file) => [file.path, file.content]));
      return fileErrors;
    } finally {
      await index.deleteIndex();
    }
  }

  async close(): Promise<void> {
    await close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
