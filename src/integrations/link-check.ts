/**
 * Checks every link in the built site: internal links and `#anchors` must resolve to a built page
 * and an element id; links that leave the site must be https and listed in `externalLinks`.
 *
 * It scales linearly: each page is read once and only what the check needs is kept — the ids each
 * page defines, and links with an `#anchor` into another page until that page has been read. Links
 * without an anchor are checked against the list of built files at once. Returns problems naming
 * the built page (and the guide source it came from).
 *
 * Pages are read as tags by a regular expression, not a full HTML parser: the check needs only the
 * tags' names and attributes, and they are written by Astro and the MDX compiler, which quote every
 * value. Text, comments and the raw text of `<script>` and `<style>` are skipped as an HTML parser
 * skips them; a tokenizer that reads every character (htmlparser2) took several times longer.
 *
 * Everything kept past its page is copied first (`own`): a match is a V8 slice of the page's text,
 * so keeping one 20-character id would keep the whole page alive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
}

/**
 * A copy of `value` that shares no memory with the string it was cut from. V8 represents a
 * substring of 13 characters or more as a slice of its parent; encoding and decoding it allocates
 * a string of its own.
 */
const own = (value: string): string => (value.length < 13 ? value : Buffer.from(value, 'utf8').toString('utf8'));

/** The attributes that make a request or a navigation, per element. */
const linkAttributes: Readonly<Record<string, string>> = { a: 'href', link: 'href', form: 'action', script: 'src', img: 'src' };

/** Elements whose content is raw text, never tags. */
const rawText = new Set(['script', 'style']);

/** A comment, or a start tag with its name and attributes (quoted values may hold `>`). */
const tagPattern = /<(?:!--[\s\S]*?-->|([a-zA-Z][\w-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>)/g;
/** One attribute: name, then its value double-, single- or unquoted. */
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The character references Astro and the MDX compiler write in attribute values. */
const namedReferences: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value as the browser reads it; a reference it does not know is left as written. */
function decode(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d+)|#[xX]([\da-fA-F]+)|(\w+));/g, (reference, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return namedReferences[name!] ?? reference;
  });
}

interface PageScan {
  ids: Set<string>;
  refs: [attribute: string, value: string][];
}

/** One page's ids and outgoing references. */
function scan(html: string): PageScan {
  const ids = new Set<string>();
  const refs: [string, string][] = [];
  tagPattern.lastIndex = 0;
  for (let tag; (tag = tagPattern.exec(html));) {
    const name = tag[1]?.toLowerCase();
    if (name === undefined) continue;
    const attributes = tag[2]!;
    const wanted = linkAttributes[name];
    if (attributes.includes('id') || (wanted !== undefined && attributes.includes(wanted))) {
      attributePattern.lastIndex = 0;
      for (let attribute; (attribute = attributePattern.exec(attributes));) {
        const attributeName = attribute[1]!.toLowerCase();
        if (attributeName !== 'id' && attributeName !== wanted) continue;
        const value = decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
        if (attributeName === 'id') ids.add(own(value));
        else refs.push([attributeName, value]);
      }
    }
    if (rawText.has(name)) {
      const end = html.indexOf(`</${name}`, tagPattern.lastIndex);
      tagPattern.lastIndex = end < 0 ? html.length : end;
    }
  }
  return { ids, refs };
}

/** Where an address leads: a built file (and an anchor in it), a problem, or outside the site (allowed). */
type Target = { file: string; anchor: string } | { problem: string } | 'external';

/** Resolves addresses found on a page of the site against the built files. */
function targets(files: ReadonlySet<string>, site: string, base: string, externalAllowed: readonly string[]) {
  const origin = new URL(site).origin;
  const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, origin);
  const resolve = (raw: string, pageUrl: URL): Target => {
    let target: URL;
    try {
      target = new URL(raw, pageUrl);
    } catch {
      return { problem: 'is not a valid URL' };
    }
    if (target.origin !== origin) {
      if (target.protocol === 'mailto:') return 'external';
      if (target.protocol !== 'https:') return { problem: 'is not https' };
      return externalAllowed.includes(raw) ? 'external' : { problem: 'is not listed in externalLinks (src/rules/program.ts)' };
    }
    if (!target.pathname.startsWith(baseUrl.pathname)) return { problem: `points outside the site's base ${baseUrl.pathname}` };
    const rest = decodeURIComponent(target.pathname.slice(baseUrl.pathname.length));
    const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
    const file = candidates.find((candidate) => files.has(candidate));
    if (!file) return { problem: `→ ${target.pathname}: no such page` };
    return { file, anchor: decodeURIComponent(target.hash.slice(1)) };
  };
  // Most links are site-absolute (the sidebar's, the header's): each such address is resolved once.
  const absolute = new Map<string, Target>();
  const targetOf = (raw: string, pageUrl: URL): Target => {
    if (!raw.startsWith('/') || raw.startsWith('//')) return resolve(raw, pageUrl);
    let target = absolute.get(raw);
    if (!target) absolute.set(own(raw), (target = resolve(raw, pageUrl)));
    return target;
  };
  return { baseUrl, targetOf };
}

export function checkLinks({ distDir, base, site, externalAllowed, sourceOf = () => null }: LinkCheckOptions): string[] {
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
  const { baseUrl, targetOf } = targets(files, site, base, externalAllowed);

  for (const page of pages) {
    const { ids, refs } = scan(readFileSync(join(distDir, page), 'utf8'));
    idsByPage.set(page, ids);
    // Anchors other pages made into this one can be settled now, and forgotten.
    for (const [anchor, messages] of pendingAnchors.get(page) ?? []) if (!ids.has(anchor)) forwardProblems.push(...messages);
    pendingAnchors.delete(page);
    const pageUrl = new URL(page.replace(/(^|\/)index\.html$/, '$1'), baseUrl);
    const source = sourceOf(page);
    const where = source ? `dist/${page} (from ${source})` : `dist/${page}`;
    for (const [attribute, raw] of refs) {
      const target = targetOf(raw, pageUrl);
      if (target === 'external') continue;
      if ('problem' in target) {
        problems.push(`${where}: ${attribute}="${raw}" ${target.problem}`);
        continue;
      }
      const { file, anchor } = target;
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
