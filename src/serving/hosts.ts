/**
 * The serving policy (policy.ts) written in each host's own configuration language. Pure
 * functions of the policy, the base and the list of page folders, so tests can parse the output
 * back and compare. Where a host cannot express a rule, the README's "Deploy" section says so.
 */
import { locales } from '../i18n/locales.ts';
import {
  cacheControl,
  errorPageAddresses,
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

/**
 * A path that is never a file of the build. Cloudflare Pages has no 404 rule; a 200 rewrite to a
 * missing path answers 404 with the closest `404.html` up the tree from it.
 */
const missing = (root: string, folder: string) => `${root}${folder}.missing`;

/**
 * The rules of `_redirects`, in order. Netlify applies the first match and reads every line;
 * Cloudflare Pages skips the 404 lines (it knows no such status) and reads the 200 line after each.
 * Lines without a splat come first: Pages counts every line after the first splat as one of its
 * 100 dynamic rules. Folders without their slash are left to the hosts: Pages redirects them
 * itself (308), and on Netlify a rule for them never fires (the folder's index.html shadows it).
 */
export function redirectRules(base: string): RedirectRule[] {
  const root = normalizeBase(base);
  const notFound = (from: string, page: string, folder: string): RedirectRule[] => [
    { from, to: `${root}${page}`, status: 404, force: true },
    { from, to: missing(root, folder), status: 200 },
  ];
  const rules: RedirectRule[] = hiddenFiles.flatMap((file) => notFound(`${root}${file}`, rootErrorPage, ''));
  if (root !== '/') rules.push({ from: root.slice(0, -1), to: root, status: 301 });
  for (const { locale, page } of localeErrorPages)
    for (const address of errorPageAddresses(locale)) rules.push(...notFound(`${root}${address}`, page, `${locale}/`));
  for (const locale of locales)
    for (const spelling of localeMisspellings(locale.path))
      rules.push({ from: `${root}${spelling}`, to: `${root}${locale.path}/`, status: 301 });
  for (const locale of locales)
    for (const spelling of localeMisspellings(locale.path))
      rules.push({ from: `${root}${spelling}/*`, to: `${root}${locale.path}/:splat`, status: 301 });
  for (const { locale, page } of localeErrorPages) rules.push({ from: `${root}${locale}/*`, to: `${root}${page}`, status: 404 });
  rules.push({ from: `${root}*`, to: `${root}${rootErrorPage}`, status: 404 });
  return rules;
}

/** Cloudflare Pages' limits on `_redirects`: it drops the lines past them. */
export const pagesRuleLimits = { static: 2000, dynamic: 100 } as const;
const pagesStatuses = [200, 301, 302, 303, 307, 308];

const ruleLine = (rule: RedirectRule) => `${rule.from} ${rule.to} ${rule.status}${rule.force ? '!' : ''}`;

/** Throws, naming the first line Cloudflare Pages would drop, when the rules pass its limits. */
export function checkPagesRuleLimits(rules: readonly RedirectRule[]): void {
  const counts = { static: 0, dynamic: 0 };
  let dynamic = false;
  for (const rule of rules) {
    if (!pagesStatuses.includes(rule.status)) continue;
    dynamic ||= /[*:]/.test(rule.from);
    const kind = dynamic ? 'dynamic' : 'static';
    if (++counts[kind] > pagesRuleLimits[kind])
      throw new Error(
        `_redirects: "${ruleLine(rule)}" would be ${kind} rule ${counts[kind]}; Cloudflare Pages reads at most ${pagesRuleLimits[kind]} and drops the rest`,
      );
  }
}

/** Netlify and Cloudflare Pages `_redirects`. */
export function redirectsFile(base: string): string {
  const rules = redirectRules(base);
  checkPagesRuleLimits(rules);
  return `# Generated from src/serving/policy.ts at build; do not edit.\n${rules.map(ruleLine).join('\n')}\n`;
}

/** Azure Static Web Apps `staticwebapp.config.json`, as an object. */
export function azureConfig(base: string) {
  const root = normalizeBase(base);
  return {
    trailingSlash: 'always',
    globalHeaders: { ...securityHeaders, 'Cache-Control': cacheControl.revalidate },
    routes: [
      ...hiddenFiles
        .filter((file) => file !== 'staticwebapp.config.json')
        .map((file) => ({ route: `${root}${file}`, rewrite: `${root}${rootErrorPage}`, statusCode: 404 })),
      ...localeErrorPages.flatMap(({ locale, page }) =>
        errorPageAddresses(locale).map((address) => ({ route: `${root}${address}`, rewrite: `${root}${page}`, statusCode: 404 })),
      ),
      ...immutablePaths.map((pattern) => ({
        route: `${root}${pattern.prefix}*${pattern.suffix ?? ''}`,
        headers: { 'Cache-Control': cacheControl.immutable },
      })),
    ],
    responseOverrides: { '404': { rewrite: `${root}${rootErrorPage}` } },
    mimeTypes: Object.fromEntries(binaryExtensions.map((extension) => [`.${extension}`, 'application/octet-stream'])),
  };
}

export type AzureConfig = ReturnType<typeof azureConfig>;

/** Azure Static Web Apps reads a `staticwebapp.config.json` of at most 20 KB (taken as 20,000 bytes). */
export const azureConfigLimit = 20_000;

const azureJson = (config: AzureConfig) => `${JSON.stringify(config, null, 2)}\n`;

/** Throws, naming the first route past it, when the file would pass Azure's size limit. */
export function checkAzureConfigSize(config: AzureConfig): void {
  const size = Buffer.byteLength(azureJson(config));
  if (size <= azureConfigLimit) return;
  const { routes } = config;
  const first = routes.find(
    (_, index) => Buffer.byteLength(azureJson({ ...config, routes: routes.slice(0, index + 1) })) > azureConfigLimit,
  );
  throw new Error(
    `staticwebapp.config.json: ${size} bytes${first ? `, past the limit from the route "${first.route}" on` : ''}; ` +
      `Azure Static Web Apps reads at most ${azureConfigLimit} bytes (20 KB)`,
  );
}

/** Azure Static Web Apps `staticwebapp.config.json`. */
export function azureConfigFile(base: string): string {
  const config = azureConfig(base);
  checkAzureConfigSize(config);
  return azureJson(config);
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
    // Serves the .br or .gz copy built next to each file, as the browser accepts; brotli_static needs
    // the ngx_brotli module (Debian: libnginx-mod-http-brotli-static).
    'brotli_static on;',
    'gzip_static on;',
    // Caches in between must keep the compressed and plain answers apart.
    'gzip_vary on;',
    `error_page 404 ${root}${rootErrorPage};`,
    // A directory without index.html (403) and a malformed request (400) get a real page too.
    `error_page 403 =404 ${root}${rootErrorPage};`,
    `error_page 400 ${root}${rootErrorPage};`,
    ...revalidate,
    ...hiddenFiles.flatMap((file) => block(`= ${root}${file}`, ['return 404;'])),
    // Served only as an error page (`internal`): asked for directly, each answers 404 with itself.
    ...localeErrorPages.flatMap(({ locale, page }) => [
      ...block(`= ${root}${page}`, ['internal;', `error_page 404 ${root}${page};`]),
      ...block(`^~ ${root}${locale}/404/`, [`error_page 404 ${root}${page};`, 'return 404;']),
    ]),
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
