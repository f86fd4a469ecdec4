/**
 * How the built site is served, in one place: the headers of every response, which files may be
 * cached for good, the redirects and the error pages. The local server (`server.ts`), the host
 * configurations written at build (`hosts.ts`), the deploy check and the tests all read this.
 * Paths here are relative to the site's base (`SITE_BASE`), without a leading slash.
 */
import { locales } from '../i18n/locales.ts';
import { contentSecurityPolicyHeader } from '../components/csp.ts';

/** Sent with every response, pages, assets, redirects and errors alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate `frame-ancestors`.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these; a framed or injected script cannot ask for them either.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // Browsers honour it only over HTTPS; two years, as the HSTS preload list asks.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
};

export const cacheControl = {
  /** Files whose name changes with their content: a year, never revalidated. */
  immutable: 'public, max-age=31536000, immutable',
  /** Everything else (pages, pagefind-entry.json, pagefind.js, the icon): ask each time, cheap with ETag. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/** A set of paths: those starting with `prefix` and, when given, ending with `suffix`. */
export interface PathPattern {
  prefix: string;
  suffix?: string;
}

/** Content-hashed files: Astro's bundles and Pagefind's fragments, index chunks, filters and metadata. */
export const immutablePaths: readonly PathPattern[] = [
  { prefix: '_astro/' },
  { prefix: 'pagefind/fragment/' },
  { prefix: 'pagefind/index/' },
  { prefix: 'pagefind/filter/' },
  { prefix: 'pagefind/', suffix: '.pf_meta' },
];

export function matches(pattern: PathPattern, path: string): boolean {
  return path.startsWith(pattern.prefix) && (pattern.suffix === undefined || path.endsWith(pattern.suffix));
}

export function cacheControlFor(path: string): string {
  return immutablePaths.some((pattern) => matches(pattern, path)) ? cacheControl.immutable : cacheControl.revalidate;
}

/** Host configuration written into dist/ that must never be served as a file. */
export const hiddenFiles: readonly string[] = ['_headers', '_redirects', 'staticwebapp.config.json'];

/** The page served, with status 404, for a miss anywhere outside a locale folder. */
export const rootErrorPage = '404.html';

/**
 * Each locale's own "page not found", served with status 404 for a miss under `<locale>/`. Astro
 * renders it at `<locale>/404/index.html`; the build copies it to `<locale>/404.html`, the name
 * Cloudflare Pages looks for up the tree from a missing path.
 */
export const localeErrorPages: readonly { locale: string; page: string; rendered: string }[] = locales.map((locale) => ({
  locale: locale.path,
  page: `${locale.path}/404.html`,
  rendered: `${locale.path}/404/index.html`,
}));

/** The addresses of a locale's error page: asked for directly, they answer 404 like any miss. */
export function errorPageAddresses(localePath: string): string[] {
  return [`${localePath}/404/`, `${localePath}/404/index.html`, `${localePath}/404.html`];
}

/** Every spelling of a locale folder other than its own (`EN`, `pt-BR`, `Es-Es`…): redirected to it. */
export function localeMisspellings(localePath: string): string[] {
  let spellings = [''];
  for (const char of localePath) {
    const variants = char.toLowerCase() === char.toUpperCase() ? [char] : [char.toLowerCase(), char.toUpperCase()];
    spellings = spellings.flatMap((start) => variants.map((variant) => start + variant));
  }
  return spellings.filter((spelling) => spelling !== localePath);
}

/** What the site answers for one request. */
export type Decision =
  | { kind: 'file'; status: 200; file: string }
  | { kind: 'redirect'; status: 301; location: string }
  | { kind: 'error'; status: 400 | 404; file: string };

/** What is on disk at a path relative to dist/. */
export type Lookup = (path: string) => 'file' | 'directory' | undefined;

/** The base as a path: `/` or `/docs/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function errorFor(segments: readonly string[], status: 400 | 404): Decision {
  const own = localeErrorPages.find((entry) => entry.locale === segments[0]);
  return { kind: 'error', status, file: own && segments.length > 1 ? own.page : rootErrorPage };
}

/**
 * The answer to a request target (`/docs/en/calculator?x=1`), given the base and what dist/ holds.
 * Percent-escapes are decoded and dot-segments resolved as nginx does; a path that climbs above
 * the site or holds a NUL is a bad request; one that is not valid UTF-8 is simply not found.
 */
export function decide(target: string, base: string, lookup: Lookup): Decision {
  const root = normalizeBase(base);
  const queryAt = target.indexOf('?');
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  if (`${rawPath}/` === root) return { kind: 'redirect', status: 301, location: `${root}${query}` };
  if (!rawPath.startsWith(root)) return { kind: 'error', status: 404, file: rootErrorPage };
  const rawRest = rawPath.slice(root.length);

  const rawSegments = rawRest.split('/');
  const misspelled = locales.find((locale) => localeMisspellings(locale.path).includes(rawSegments[0]!));
  if (misspelled) {
    // Starts with the locale's own folder, so whatever follows stays on this site.
    const after = rawSegments.slice(1).join('/');
    return { kind: 'redirect', status: 301, location: `${root}${misspelled.path}/${after}${query}` };
  }

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawRest);
  } catch {
    return errorFor(rawSegments, 404);
  }
  if (decoded.includes('\0')) return errorFor([], 400);
  const segments: string[] = [];
  const parts = decoded.split('/');
  for (const [index, part] of parts.entries()) {
    if (part === '..') {
      if (segments.length === 0) return errorFor([], 400);
      segments.pop();
      if (index === parts.length - 1) segments.push('');
    } else if (part === '.') {
      if (index === parts.length - 1) segments.push('');
    } else if (part !== '' || index === parts.length - 1) segments.push(part);
  }
  const path = segments.join('/');
  if (hiddenFiles.includes(path)) return errorFor(segments, 404);
  // The error pages themselves are not pages: asked for directly, they still answer 404.
  if (localeErrorPages.some((entry) => errorPageAddresses(entry.locale).includes(path))) return errorFor(segments, 404);

  if (path === '' || path.endsWith('/')) {
    return lookup(`${path}index.html`) === 'file'
      ? { kind: 'file', status: 200, file: `${path}index.html` }
      : errorFor(segments, 404);
  }
  const found = lookup(path);
  if (found === 'file') return { kind: 'file', status: 200, file: path };
  // Written from the resolved segments, never from what the client sent: the first segment is not
  // empty, so the address cannot start with `//` (another host) and always names a path of this site.
  if (found === 'directory')
    return { kind: 'redirect', status: 301, location: `${root}${segments.map(encodeURIComponent).join('/')}/${query}` };
  return errorFor(segments, 404);
}
