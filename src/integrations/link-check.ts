/**
 * Checks every link in the built site: internal links and `#anchors` must resolve to a built page
 * and an element id; links that leave the site must be https and listed in `externalLinks`.
 * Returns problems naming the built page (and the guide source it came from).
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

export interface LinkCheckOptions {
  distDir: string;
  /** The site's base path, e.g. `/` or `/docs/`. */
  base: string;
  /** The site's origin (`https://…`), so absolute links to the site count as internal. */
  site: string;
  /** Every allowed external address. */
  externalAllowed: readonly string[];
}

/** Built page → the source a reader would edit, for error messages. */
export function sourceOfPage(page: string): string | null {
  const guide = /^([\w-]+)\/guide\/([\w-]+)\/index\.html$/.exec(page);
  return guide ? `content/${guide[1]}/${guide[2]}.mdx` : null;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

export function checkLinks({ distDir, base, site, externalAllowed }: LinkCheckOptions): string[] {
  const problems: string[] = [];
  const pages = htmlFiles(distDir);
  const idsByFile = new Map<string, Set<string>>();
  const docs = new Map(pages.map((page) => [page, parse(readFileSync(join(distDir, page), 'utf8'))]));
  for (const [page, doc] of docs) {
    idsByFile.set(page, new Set(doc.querySelectorAll('[id]').map((element) => element.getAttribute('id')!)));
  }
  const origin = new URL(site).origin;
  const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, origin);

  for (const [page, doc] of docs) {
    const pageUrl = new URL(page.replace(/(^|\/)index\.html$/, '$1'), baseUrl);
    const where = sourceOfPage(page) ? `dist/${page} (from ${sourceOfPage(page)})` : `dist/${page}`;
    const refs = [
      ...doc.querySelectorAll('a[href]').map((element) => ['href', element.getAttribute('href')!] as const),
      ...doc.querySelectorAll('link[href]').map((element) => ['href', element.getAttribute('href')!] as const),
      ...doc.querySelectorAll('form[action]').map((element) => ['action', element.getAttribute('action')!] as const),
      ...doc.querySelectorAll('script[src], img[src]').map((element) => ['src', element.getAttribute('src')!] as const),
    ];
    for (const [attribute, raw] of refs) {
      let target: URL;
      try {
        target = new URL(raw, pageUrl);
      } catch {
        problems.push(`${where}: ${attribute}="${raw}" is not a valid URL`);
        continue;
      }
      if (target.origin !== origin) {
        if (target.protocol === 'mailto:') continue;
        if (target.protocol !== 'https:') problems.push(`${where}: ${attribute}="${raw}" is not https`);
        else if (!externalAllowed.includes(raw))
          problems.push(`${where}: ${attribute}="${raw}" is not listed in externalLinks (src/rules/program.ts)`);
        continue;
      }
      if (!target.pathname.startsWith(baseUrl.pathname)) {
        problems.push(`${where}: ${attribute}="${raw}" points outside the site's base ${baseUrl.pathname}`);
        continue;
      }
      const rest = decodeURIComponent(target.pathname.slice(baseUrl.pathname.length));
      const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
      const file = candidates.find(
        (candidate) => existsSync(join(distDir, candidate)) && statSync(join(distDir, candidate)).isFile(),
      );
      if (!file) {
        problems.push(`${where}: ${attribute}="${raw}" → ${target.pathname}: no such page`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsByFile.get(file)?.has(anchor)) {
        problems.push(`${where}: ${attribute}="${raw}" → no element with id "${anchor}" in dist/${file}`);
      }
    }
  }
  return problems;
}
