/**
 * What any server of the built site must answer, as one table: status, Location, the policy's
 * headers, and which error page is the body. The tests run it against the local server and real
 * nginx; `npm run check:deploy` runs it against a deployed origin. Statuses, locations and pages
 * are written out here, independently of the code that serves them (policy.ts, server.ts, hosts.ts);
 * the header values are the policy itself, the one description every host must send.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { locales, type Locale } from '../i18n/locales.ts';
import { cacheControl, securityHeaders } from './policy.ts';

export interface Expectation {
  name: string;
  /** The row of the README's per-host table this case belongs to. */
  behaviour: Behaviour;
  /** Request target below the base, raw (percent-escapes kept as written). */
  path: string;
  status: number;
  /** Full Location path (with base) for redirects. */
  location?: string | undefined;
  /** For 200: which cache policy; errors and redirects always revalidate. */
  cache?: keyof typeof cacheControl;
  contentType?: RegExp;
  /** The error page expected as the body: a locale path, or 'root' for the three-language one. */
  errorPage?: string | undefined;
  /** A page expected as the body, by its `<html lang>`. */
  lang?: string;
  acceptEncoding?: string;
  contentEncoding?: string;
  /** The exact Cache-Control a host sends instead of the policy's (host-differences.ts). */
  cacheControl?: string;
}

/** What the cases check, one row each in the README's per-host table (host-differences.ts). */
export const behaviours = {
  headers: 'security headers, cache policy',
  folderSlash: 'folder without slash → 301',
  capitalLocale: 'capital locale → 301',
  localeMiss: 'miss under a locale → its 404 page',
  errorPage: 'error page asked for → 404',
  hidden: 'host configuration files → 404',
  badPath: 'NUL, climbing, bad UTF-8 → 400 / 404',
  compressed: 'precompressed `.br` / `.gz` copy sent',
  hostile: 'no redirect leaves the site (hostile paths)',
} as const;
export type Behaviour = keyof typeof behaviours;

/** Real content-hashed files of the build, below the base (`_astro/Base.x1.css`). */
export interface HashedAssets {
  css: string;
  js: string;
  fragment: string;
  indexChunk: string;
  filter: string;
  meta: string;
}

/** One file of dist/ by pattern, so the table names real hashed assets. */
function distFile(dist: string, folder: string, pattern: RegExp): string {
  const name = readdirSync(join(dist, folder)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no ${pattern} in dist/${folder}`);
  return `${folder}/${name}`;
}

/** The hashed assets of a build, for the cases that check their caching. */
export function hashedAssets(dist: string): HashedAssets {
  return {
    css: distFile(dist, '_astro', /\.css$/),
    js: distFile(dist, '_astro', /\.js$/),
    fragment: distFile(dist, 'pagefind/fragment', /^en_/),
    indexChunk: distFile(dist, 'pagefind/index', /^pt-br_/),
    filter: distFile(dist, 'pagefind/filter', /^es-es_/),
    meta: distFile(dist, 'pagefind', /\.pf_meta$/),
  };
}

export function expectations(assets: HashedAssets, base: string): Expectation[] {
  return [...siteCases(), ...hashedCases(assets), ...baseCases(base), ...locales.flatMap((locale) => localeCases(locale, base))];
}

/** Files and misses at the top of the site, the same under any base. */
function siteCases(): Expectation[] {
  return [
    {
      name: 'the language chooser',
      behaviour: 'headers',
      path: '',
      status: 200,
      cache: 'revalidate',
      contentType: /^text\/html/,
      lang: 'en',
    },
    { name: 'an unknown top folder', behaviour: 'localeMiss', path: 'fr/', status: 404, errorPage: 'root' },
    { name: 'an unknown file', behaviour: 'localeMiss', path: 'nope.html', status: 404, errorPage: 'root' },
    { name: 'the Netlify headers file', behaviour: 'hidden', path: '_headers', status: 404, errorPage: 'root' },
    { name: 'the Netlify redirects file', behaviour: 'hidden', path: '_redirects', status: 404, errorPage: 'root' },
    { name: 'the Azure config file', behaviour: 'hidden', path: 'staticwebapp.config.json', status: 404, errorPage: 'root' },
    { name: 'a NUL byte', behaviour: 'badPath', path: 'en/%00/', status: 400, errorPage: 'root' },
    {
      name: 'the search entry',
      behaviour: 'headers',
      path: 'pagefind/pagefind-entry.json',
      status: 200,
      cache: 'revalidate',
      contentType: /json/,
    },
    {
      name: 'the search loader',
      behaviour: 'headers',
      path: 'pagefind/pagefind.js',
      status: 200,
      cache: 'revalidate',
      contentType: /javascript/,
    },
    {
      name: 'robots.txt',
      behaviour: 'headers',
      path: 'robots.txt',
      status: 200,
      cache: 'revalidate',
      contentType: /^text\/plain/,
    },
    {
      name: 'a preview image',
      behaviour: 'headers',
      path: 'og/pt-br.png',
      status: 200,
      cache: 'revalidate',
      contentType: /^image\/png/,
    },
    {
      name: 'a page, gzip-compressed',
      behaviour: 'compressed',
      path: 'es-es/calculator/',
      status: 200,
      lang: 'es-ES',
      cache: 'revalidate',
      acceptEncoding: 'gzip',
      contentEncoding: 'gzip',
    },
  ];
}

/** The files whose names carry a hash: cached for good. */
function hashedCases(assets: HashedAssets): Expectation[] {
  return [
    {
      name: 'a hashed stylesheet',
      behaviour: 'headers',
      path: assets.css,
      status: 200,
      cache: 'immutable',
      contentType: /^text\/css/,
    },
    {
      name: 'a hashed script',
      behaviour: 'headers',
      path: assets.js,
      status: 200,
      cache: 'immutable',
      contentType: /javascript/,
    },
    { name: 'a search fragment', behaviour: 'headers', path: assets.fragment, status: 200, cache: 'immutable' },
    {
      // What a browser sends: the brotli copy, smaller than Pagefind's own gzip, is the one to send.
      name: 'a search fragment, brotli-compressed for a browser',
      behaviour: 'compressed',
      path: assets.fragment,
      status: 200,
      cache: 'immutable',
      acceptEncoding: 'gzip, deflate, br, zstd',
      contentEncoding: 'br',
    },
    { name: 'a search index chunk', behaviour: 'headers', path: assets.indexChunk, status: 200, cache: 'immutable' },
    { name: 'a search filter', behaviour: 'headers', path: assets.filter, status: 200, cache: 'immutable' },
    { name: 'search metadata', behaviour: 'headers', path: assets.meta, status: 200, cache: 'immutable' },
  ];
}

/** Under a sub-path: the base itself without its slash, and a path beside it. */
function baseCases(base: string): Expectation[] {
  if (base === '/') return [];
  return [
    { name: 'the base without its slash', behaviour: 'folderSlash', path: '\0base', status: 301, location: base },
    { name: 'outside the base', behaviour: 'localeMiss', path: '\0/other/', status: 404, errorPage: 'root' },
  ];
}

/** One locale's pages, redirects and error pages. */
function localeCases(locale: Locale, base: string): Expectation[] {
  const l = locale.path;
  const upper = l.toUpperCase();
  const cases: Expectation[] = [
    {
      name: `${l}: home`,
      behaviour: 'headers',
      path: `${l}/`,
      status: 200,
      cache: 'revalidate',
      contentType: /^text\/html/,
      lang: locale.tag,
    },
    { name: `${l}: home without slash`, behaviour: 'folderSlash', path: l, status: 301, location: `${base}${l}/` },
    {
      name: `${l}: page without slash`,
      behaviour: 'folderSlash',
      path: `${l}/calculator`,
      status: 301,
      location: `${base}${l}/calculator/`,
    },
    {
      name: `${l}: page without slash keeps the query`,
      behaviour: 'folderSlash',
      path: `${l}/calculator?offer=action-pack&product=cloud`,
      status: 301,
      location: `${base}${l}/calculator/?offer=action-pack&product=cloud`,
    },
    {
      name: `${l}: guide topic without slash`,
      behaviour: 'folderSlash',
      path: `${l}/guide/activate`,
      status: 301,
      location: `${base}${l}/guide/activate/`,
    },
    {
      name: `${l}: upper-case locale`,
      behaviour: 'capitalLocale',
      path: `${upper}/troubleshooting/`,
      status: 301,
      location: `${base}${l}/troubleshooting/`,
    },
    { name: `${l}: upper-case locale alone`, behaviour: 'capitalLocale', path: upper, status: 301, location: `${base}${l}/` },
    {
      name: `${l}: upper-case locale, the rest kept as written`,
      behaviour: 'capitalLocale',
      path: `${upper}/guide/a%20b%2Fc/?q=%C3%A9`,
      status: 301,
      location: `${base}${l}/guide/a%20b%2Fc/?q=%C3%A9`,
    },
    { name: `${l}: missing guide topic`, behaviour: 'localeMiss', path: `${l}/guide/nope/`, status: 404, errorPage: l },
    { name: `${l}: missing page without slash`, behaviour: 'localeMiss', path: `${l}/nope`, status: 404, errorPage: l },
    { name: `${l}: the 404 page asked for directly`, behaviour: 'errorPage', path: `${l}/404/`, status: 404, errorPage: l },
    { name: `${l}: the 404 page's file asked for`, behaviour: 'errorPage', path: `${l}/404.html`, status: 404, errorPage: l },
    { name: `${l}: overlong UTF-8`, behaviour: 'badPath', path: `${l}/%C0%AF/`, status: 404, errorPage: l },
    { name: `${l}: lone surrogate`, behaviour: 'badPath', path: `${l}/%ED%A0%80/`, status: 404, errorPage: l },
    {
      name: `${l}: climbing above the site`,
      behaviour: 'badPath',
      path: `${l}/..%2f..%2f..%2f..%2f/`,
      status: 400,
      errorPage: 'root',
    },
  ];
  if (locale.tag !== l && locale.tag !== upper)
    cases.push({
      name: `${l}: the language tag as folder`,
      behaviour: 'capitalLocale',
      path: `${locale.tag}/search/`,
      status: 301,
      location: `${base}${l}/search/`,
    });
  return cases;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw GET over HTTP or HTTPS: the target sent as written, no redirect followed, the body decompressed. */
export function get(origin: string, target: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      {
        host: url.hostname,
        port: url.port,
        path: target,
        method: 'GET',
        headers: { connection: 'close', ...headers },
        timeout: 20_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          let data = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          if (encoding === 'gzip') data = gunzipSync(data);
          if (encoding === 'br') data = brotliDecompressSync(data);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: data.toString('utf8') });
        });
      },
    );
    request.on('error', reject);
    request.on('timeout', () => request.destroy(new Error(`no answer from ${origin}${target} within 20 s`)));
    request.end();
  });
}

/** The request target of a case: below the base, or (`\0` prefix) relative to the origin's root. */
export function targetOf(base: string, path: string): string {
  if (path === '\0base') return base.replace(/\/$/, '');
  if (path.startsWith('\0')) return path.slice(1);
  return `${base}${path}`;
}

/** Cache-Control directives as a set: order, spaces and case do not change what they say. */
function sameDirectives(actual: string | undefined, expected: string): boolean {
  const directives = (value: string) =>
    new Set(
      value
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean),
    );
  const [a, b] = [directives(actual ?? ''), directives(expected)];
  return a.size === b.size && [...a].every((directive) => b.has(directive));
}

/** Every difference between an answer and a case, as readable lines (empty when it matches). */
export function mismatches(expected: Expectation, answer: Answer, options: { headers?: boolean } = {}): string[] {
  const problems: string[] = [];
  const header = (name: string) => {
    const value = answer.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  if (answer.status !== expected.status) problems.push(`status ${answer.status}, expected ${expected.status}`);
  if (options.headers !== false) {
    for (const [name, value] of Object.entries(securityHeaders))
      if (header(name) !== value) problems.push(`${name}: ${header(name) ?? '(missing)'}`);
    const cache =
      expected.cacheControl ?? (expected.status === 200 ? cacheControl[expected.cache ?? 'revalidate'] : cacheControl.revalidate);
    if (!sameDirectives(header('Cache-Control'), cache))
      problems.push(`Cache-Control: ${header('Cache-Control') ?? '(missing)'}, expected ${cache || '(none)'}`);
  }
  if (expected.location !== undefined && header('Location') !== expected.location)
    problems.push(`Location: ${header('Location') ?? '(missing)'}, expected ${expected.location}`);
  if (expected.contentType && !expected.contentType.test(header('Content-Type') ?? ''))
    problems.push(`Content-Type: ${header('Content-Type')}, expected ${expected.contentType}`);
  if (expected.contentEncoding && header('Content-Encoding') !== expected.contentEncoding)
    problems.push(`Content-Encoding: ${header('Content-Encoding') ?? '(missing)'}, expected ${expected.contentEncoding}`);
  if (expected.contentEncoding && !/accept-encoding/i.test(header('Vary') ?? ''))
    problems.push(`Vary: ${header('Vary') ?? '(missing)'}, expected Accept-Encoding`);
  if (/\bat [^\n]*:\d+:\d+\)?$/m.test(answer.body) || /node:internal|\/work\//.test(answer.body))
    problems.push('the body shows a stack trace or a local path');
  const lang = /<html lang="([^"]+)"/.exec(answer.body)?.[1];
  const isChooser = answer.body.includes('class="language-chooser"');
  if (expected.errorPage === 'root') {
    if (!isChooser || !locales.every((locale) => answer.body.includes(`<section lang="${locale.tag}">`)))
      problems.push('body is not the three-language 404 page');
  } else if (expected.errorPage) {
    const tag = locales.find((locale) => locale.path === expected.errorPage)!.tag;
    if (lang !== tag || isChooser || !answer.body.includes('name="robots" content="noindex"'))
      problems.push(`body is not the ${tag} 404 page (lang ${lang})`);
  }
  if (expected.lang && lang !== expected.lang) problems.push(`page lang ${lang}, expected ${expected.lang}`);
  return problems;
}
