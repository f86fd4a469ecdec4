/**
 * Checks every link in the built site: internal links and `#anchors` must resolve to a built page
 * and an element id; links that leave the site must be https and listed in `externalLinks`.
 *
 * It scales linearly: each page is read by a streaming parser (no tree) and only what the check
 * needs is kept — the ids each page defines, and links with an `#anchor` into another page until
 * that page has been read. Links without an anchor are checked against the list of built files at
 * once. Returns problems naming the built page (and the guide source it came from).
 *
 * Everything kept past its page is copied first (`own`): the parser's attribute values are V8
 * slices of the text they were cut from, so keeping one 20-character id kept that text alive; when
 * pages were read whole, 3,000 guide pages retained every page read, ~650 MB of heap.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

export interface LinkCheckOptions {
  distDir: string;
  /** The site's base path, e.g. `/` or `/docs/`. */
  base: string;
  /** The site's origin (`https://…`), so absolute links to the site count as internal. */
  site: string;
  /** Every allowed external address. */
  externalAllowed: readonly string[];
  /**
   * Where each built guide page came from (`en/guide/activate/index.html` →
   * `content/en/support-benefits/activate.mdx`), for error messages.
   */
  sourceOf?: (page: string) => string | null;
  /**
   * Called after each page with the number of pages read so far. The check is synchronous, so
   * nothing else runs meanwhile: the build uses this to collect the heap now and then.
   */
  afterPage?: (pagesRead: number) => void;
}

/**
 * A copy of `value` that shares no memory with the string it was cut from. V8 represents a
 * substring of 13 characters or more as a slice of its parent; encoding and decoding it allocates
 * a string of its own.
 */
const own = (value: string): string => (value.length < 13 ? value : Buffer.from(value, 'utf8').toString('utf8'));

/** The attributes that make a request or a navigation, per element. */
const linkAttributes: Readonly<Record<string, string>> = { a: 'href', link: 'href', form: 'action', script: 'src', img: 'src' };

interface PageScan {
  ids: Set<string>;
  refs: [attribute: string, value: string][];
}

/**
 * The page is fed to the parser in pieces read into one reused buffer: a page read whole becomes a
 * string of 100–240 KB, which V8 allocates straight into its old generation, so 3,000 of them piled
 * up ~500 MB of garbage there before a collection came. Pieces of 32 KB die young instead.
 */
const chunk = Buffer.alloc(32 * 1024);

/** One page's ids and outgoing references, read as a stream of tags. */
function scan(path: string): PageScan {
  const ids = new Set<string>();
  const refs: [string, string][] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id'] !== undefined) ids.add(own(attributes['id']));
        const attribute = linkAttributes[name];
        const value = attribute === undefined ? undefined : attributes[attribute];
        if (attribute !== undefined && value !== undefined) refs.push([attribute, value]);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const decoder = new StringDecoder('utf8');
  const file = openSync(path, 'r');
  try {
    for (let read; (read = readSync(file, chunk, 0, chunk.length, null)) > 0;)
      parser.write(decoder.write(chunk.subarray(0, read)));
  } finally {
    closeSync(file);
  }
  parser.end(decoder.end());
  return { ids, refs };
}

export function checkLinks({
  distDir,
  base,
  site,
  externalAllowed,
  sourceOf = () => null,
  afterPage = () => {},
}: LinkCheckOptions): string[] {
  const problems: string[] = [];
  const files = new Set(
    readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
  const pages = [...files].filter((file) => file.endsWith('.html')).sort();
  const idsByPage = new Map<string, Set<string>>();
  /** Anchors into pages not read yet: target page → anchor → the problems to report if it is absent. */
  const pendingAnchors = new Map<string, Map<string, string[]>>();
  /** Broken anchors into pages read later; reported after the rest, in the order they were found. */
  const forwardProblems: string[] = [];
  const origin = new URL(site).origin;
  const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, origin);

  // Most links are site-absolute (the sidebar's, the header's): resolve each such address once.
  const absolute = new Map<string, URL>();
  const resolve = (raw: string, pageUrl: URL): URL => {
    if (!raw.startsWith('/') || raw.startsWith('//')) return new URL(raw, pageUrl);
    let url = absolute.get(raw);
    if (!url) absolute.set(own(raw), (url = new URL(raw, pageUrl)));
    return url;
  };

  for (const [index, page] of pages.entries()) {
    if (index > 0) afterPage(index);
    const { ids, refs } = scan(join(distDir, page));
    idsByPage.set(page, ids);
    // Anchors other pages made into this one can be settled now, and forgotten.
    for (const [anchor, messages] of pendingAnchors.get(page) ?? []) if (!ids.has(anchor)) forwardProblems.push(...messages);
    pendingAnchors.delete(page);
    const pageUrl = new URL(page.replace(/(^|\/)index\.html$/, '$1'), baseUrl);
    const source = sourceOf(page);
    const where = source ? `dist/${page} (from ${source})` : `dist/${page}`;
    for (const [attribute, raw] of refs) {
      let target: URL;
      try {
        target = resolve(raw, pageUrl);
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
      const file = candidates.find((candidate) => files.has(candidate));
      if (!file) {
        problems.push(`${where}: ${attribute}="${raw}" → ${target.pathname}: no such page`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (!anchor || !file.endsWith('.html')) continue;
      const message = `${where}: ${attribute}="${raw}" → no element with id "${anchor}" in dist/${file}`;
      const known = file === page ? ids : idsByPage.get(file);
      if (known) {
        if (!known.has(anchor)) problems.push(message);
        continue;
      }
      let anchors = pendingAnchors.get(file);
      if (!anchors) pendingAnchors.set(file, (anchors = new Map()));
      const messages = anchors.get(anchor);
      if (messages) messages.push(own(message));
      else anchors.set(own(anchor), [own(message)]);
    }
  }
  return [...problems, ...forwardProblems];
}
