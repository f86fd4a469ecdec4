/**
 * The serving policy (policy.ts) written in each host's own configuration language. Pure
 * functions of the policy, the base and the list of page folders, so tests can parse the output
 * back and compare. Where a host cannot express a rule, the README's "Deploy" section says so.
 */
import { locales } from '../i18n/locales.ts';
import {
  cacheControl,
  hiddenFiles,
  immutablePaths,
  localeErrorPages,
  localeMisspellings,
  normalizeBase,
  rootErrorPage,
  securityHeaders,
  type PathPattern,
} from './policy.ts';

/** Extensions without a registered type (Pagefind's index files): sent as bytes. */
export const binaryExtensions = ['pagefind', 'pf_fragment', 'pf_index', 'pf_meta', 'pf_filter'] as const;

const glob = (base: string, pattern: PathPattern) => `${base}${pattern.prefix}*${pattern.suffix ?? ''}`;
const errorPageUrl = (base: string, file: string) => `${base}${file.replace(/index\.html$/, '')}`;

/** Netlify and Cloudflare Pages `_headers`. Both already send `cacheControl.revalidate` by default. */
export function headersFile(base: string): string {
  const root = normalizeBase(base);
  const lines = ['# Generated from src/serving/policy.ts at build; do not edit.', `${root}*`];
  for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
  for (const pattern of immutablePaths) lines.push(glob(root, pattern), `  Cache-Control: ${cacheControl.immutable}`);
  return `${lines.join('\n')}\n`;
}

/** One `_redirects` rule: from, to, status (and `!` to apply even where a file exists). */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force?: boolean;
}

/** The rules of `_redirects`, in order (the first match wins). `folders`: page folders, `en/calculator/`. */
export function redirectRules(base: string, folders: readonly string[]): RedirectRule[] {
  const root = normalizeBase(base);
  const rules: RedirectRule[] = [];
  for (const file of hiddenFiles) rules.push({ from: `${root}${file}`, to: `${root}${rootErrorPage}`, status: 404, force: true });
  if (root !== '/') rules.push({ from: root.slice(0, -1), to: root, status: 301 });
  for (const folder of folders) rules.push({ from: `${root}${folder.replace(/\/$/, '')}`, to: `${root}${folder}`, status: 301 });
  for (const locale of locales)
    for (const spelling of localeMisspellings(locale.path)) {
      rules.push({ from: `${root}${spelling}`, to: `${root}${locale.path}/`, status: 301 });
      rules.push({ from: `${root}${spelling}/*`, to: `${root}${locale.path}/:splat`, status: 301 });
    }
  for (const { locale, page } of localeErrorPages) {
    rules.push({ from: `${root}${locale}/404/`, to: errorPageUrl(root, page), status: 404, force: true });
    rules.push({ from: `${root}${locale}/*`, to: errorPageUrl(root, page), status: 404 });
  }
  rules.push({ from: `${root}*`, to: `${root}${rootErrorPage}`, status: 404 });
  return rules;
}

/** Netlify `_redirects` (Cloudflare Pages reads the 301 lines and skips the 404 ones). */
export function redirectsFile(base: string, folders: readonly string[]): string {
  const lines = redirectRules(base, folders).map((rule) => `${rule.from} ${rule.to} ${rule.status}${rule.force ? '!' : ''}`);
  return `# Generated from src/serving/policy.ts at build; do not edit.\n${lines.join('\n')}\n`;
}

/** Azure Static Web Apps `staticwebapp.config.json`. */
export function azureConfig(base: string): object {
  const root = normalizeBase(base);
  return {
    trailingSlash: 'always',
    globalHeaders: { ...securityHeaders, 'Cache-Control': cacheControl.revalidate },
    routes: [
      ...hiddenFiles
        .filter((file) => file !== 'staticwebapp.config.json')
        .map((file) => ({ route: `${root}${file}`, rewrite: `${root}${rootErrorPage}`, statusCode: 404 })),
      // A route naming a folder's index.html also matches the folder itself.
      ...localeErrorPages.map(({ page }) => ({ route: `${root}${page}`, rewrite: `${root}${page}`, statusCode: 404 })),
      ...immutablePaths.map((pattern) => ({
        route: `${root}${pattern.prefix}*${pattern.suffix ?? ''}`,
        headers: { 'Cache-Control': cacheControl.immutable },
      })),
    ],
    responseOverrides: { '404': { rewrite: `${root}${rootErrorPage}` } },
    mimeTypes: Object.fromEntries(binaryExtensions.map((extension) => [`.${extension}`, 'application/octet-stream'])),
  };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An nginx `server` block. `root` is the folder that holds the site at `<root><base>` (for base
 * `/docs/`, dist/ copied to `<root>/docs/`). Needs the `http` block's usual `include mime.types` and
 * `default_type application/octet-stream` (Pagefind's files), as Debian's nginx.conf has.
 */
export function nginxServer(base: string, options: { root: string; listen: string; serverName?: string }): string {
  const root = normalizeBase(base);
  const headerLines = (cache: string) =>
    [...Object.entries(securityHeaders), ['Cache-Control', cache]].map(
      ([name, value]) => `add_header ${name} "${value!.replace(/"/g, '\\"')}" always;`,
    );
  const block = (head: string, body: string[]) => [`location ${head} {`, ...body.map((line) => `  ${line}`), '}'];
  const revalidate = headerLines(cacheControl.revalidate);
  const lines: string[] = [
    '# Generated from src/serving/policy.ts at build; do not edit.',
    `listen ${options.listen};`,
    `server_name ${options.serverName ?? '_'};`,
    `root ${options.root};`,
    'index index.html;',
    // Redirects keep the visitor's host and scheme (behind a proxy or CDN too).
    'absolute_redirect off;',
    'server_tokens off;',
    'autoindex off;',
    // Serves the .gz built next to each text file; a host with ngx_brotli adds `brotli_static on;`.
    'gzip_static on;',
    // Caches in between must keep the compressed and plain answers apart.
    'gzip_vary on;',
    `error_page 404 ${root}${rootErrorPage};`,
    // A directory without index.html (403) and a malformed request (400) get a real page too.
    `error_page 403 =404 ${root}${rootErrorPage};`,
    `error_page 400 ${root}${rootErrorPage};`,
    ...revalidate,
    ...hiddenFiles.flatMap((file) => block(`= ${root}${file}`, ['return 404;'])),
    ...localeErrorPages.flatMap(({ page }) =>
      block(`= ${errorPageUrl(root, page)}`, [`error_page 404 ${root}${page};`, 'return 404;']),
    ),
  ];
  for (const locale of locales) {
    const spellings = localeMisspellings(locale.path).map(escapeRegex).join('|');
    lines.push(...block(`~ ^${escapeRegex(root)}(?:${spellings})$`, [`return 301 ${root}${locale.path}/$is_args$args;`]));
    // The rest of the address as the visitor wrote it ($request_uri), not decoded as $uri is.
    lines.push(
      ...block(`~ ^${escapeRegex(root)}(?:${spellings})/`, [
        `if ($request_uri ~ "^${escapeRegex(root)}[^/]+(/[^?]*)") { return 301 ${root}${locale.path}$1$is_args$args; }`,
        `return 301 ${root}${locale.path}/;`,
      ]),
    );
  }
  for (const pattern of immutablePaths) {
    const head = pattern.suffix
      ? `~ ^${escapeRegex(root + pattern.prefix)}.*${escapeRegex(pattern.suffix)}$`
      : `^~ ${root}${pattern.prefix}`;
    lines.push(...block(head, headerLines(cacheControl.immutable)));
  }
  for (const { locale, page } of localeErrorPages) {
    lines.push(
      ...block(`${root}${locale}/`, [...revalidate, `error_page 404 ${root}${page};`, `error_page 403 =404 ${root}${page};`]),
    );
  }
  return `server {\n${lines.map((line) => `  ${line}`).join('\n')}\n}\n`;
}

/** `robots.txt`: everything may be crawled; the sitemap index at its absolute address. */
export function robotsTxt(site: string, base: string): string {
  const sitemap = new URL(`${normalizeBase(base)}sitemap-index.xml`, site).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
