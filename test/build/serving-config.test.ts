/**
 * The host configurations the build writes into dist/, parsed back: Netlify/Cloudflare `_headers`
 * and `_redirects`, Azure Static Web Apps `staticwebapp.config.json`, and the precompressed
 * copies. `_redirects` is also replayed with Netlify's matching rules (first match wins, `*` and
 * `:splat`, a rule without `!` only where no file exists) against the shared table of cases.
 * nginx's server block is run by real nginx in serving-hosts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { locales } from '../../src/i18n/locales.ts';
import { cacheControl, securityHeaders } from '../../src/serving/policy.ts';
import { readDistFile } from '../support/dist.ts';
import { distDir, projectRoot } from '../support/paths.ts';
import { hashedAssets, targetOf } from '../../src/serving/expectations.ts';
import { expectationsFor, hostTable } from '../../src/serving/host-differences.ts';
import {
  azureConfig,
  azureConfigLimit,
  checkAzureConfigSize,
  checkPagesRuleLimits,
  pagesRuleLimits,
  type RedirectRule,
} from '../../src/serving/hosts.ts';

const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
  statSync(join(distDir, file)).isFile(),
);

/** `_headers` as path pattern → headers, in file order. */
function parseHeaders(text: string): Map<string, Record<string, string>> {
  const blocks = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) blocks.set(line.trim(), (current = {}));
    else {
      const at = line.indexOf(':');
      current![line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return blocks;
}

const globToRegex = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

describe('_headers', () => {
  const blocks = parseHeaders(readDistFile('_headers'));

  it('sends every security header of the policy on every path', () => {
    expect(blocks.get('/*')).toEqual(securityHeaders);
  });

  it('makes every hashed asset immutable and leaves pages, the search entry and its loader to the host default (revalidate)', () => {
    const cacheFor = (file: string) => {
      const rule = [...blocks].find(([glob, headers]) => headers['Cache-Control'] && globToRegex(glob).test(`/${file}`));
      return rule?.[1]['Cache-Control'];
    };
    const hashed = files.filter((file) => /^_astro\/|^pagefind\/(fragment|index|filter)\/|\.pf_meta$/.test(file));
    expect(hashed.length).toBeGreaterThan(100);
    for (const file of hashed) expect(cacheFor(file), file).toBe(cacheControl.immutable);
    for (const file of ['pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'en/index.html', 'robots.txt', 'og/en.png'])
      expect(cacheFor(file), file).toBeUndefined();
  });
});

interface Rule {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

function parseRedirects(text: string): Rule[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.trim().split(/\s+/);
      return { from: from!, to: to!, status: Number.parseInt(status!, 10), force: status!.endsWith('!') };
    });
}

/** What Netlify answers for a request path from `_redirects` and the files of dist/. */
function netlify(rules: Rule[], path: string): { status: number; location?: string; file?: string | undefined } {
  // A folder's index.html answers with or without the slash (Netlify without Pretty URLs).
  const fileAt = (url: string) =>
    [url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1), `${url.slice(1)}/index.html`].find(
      (file) => existsSync(join(distDir, file)) && statSync(join(distDir, file)).isFile(),
    );
  const existing = fileAt(path);
  for (const rule of rules) {
    const match = globToRegex(rule.from).exec(path);
    if (!match) continue;
    if (existing && !rule.force) break;
    const splat = rule.from.endsWith('*') ? path.slice(rule.from.length - 1) : '';
    const to = rule.to.replace(':splat', splat);
    if (rule.status === 301) return { status: 301, location: to };
    return { status: rule.status, file: fileAt(to) };
  }
  return existing ? { status: 200, file: existing } : { status: 404, file: '404.html' };
}

describe('_redirects', () => {
  const rules = parseRedirects(readDistFile('_redirects'));

  it('lists the rules without a splat first, so Cloudflare Pages counts only the splats as dynamic', () => {
    const firstSplat = rules.findIndex((rule) => rule.from.includes('*'));
    expect(firstSplat).toBeGreaterThan(0);
    expect(rules.slice(firstSplat).every((rule) => rule.from.includes('*'))).toBe(true);
    expect(rules.length - firstSplat).toBeLessThan(pagesRuleLimits.dynamic / 2);
  });

  it("fails, naming the rule, when Cloudflare Pages' limits would be passed", () => {
    const rule = (from: string): RedirectRule => ({ from, to: '/en/', status: 301 });
    const statics = Array.from({ length: pagesRuleLimits.static + 1 }, (_, index) => rule(`/page-${index}`));
    expect(() => checkPagesRuleLimits(statics)).toThrow(/"\/page-2000 \/en\/ 301" would be static rule 2001/);
    const splats = Array.from({ length: pagesRuleLimits.dynamic + 1 }, (_, index) => rule(`/splat-${index}/*`));
    expect(() => checkPagesRuleLimits(splats)).toThrow(/"\/splat-100\/\* \/en\/ 301" would be dynamic rule 101/);
    // A 404 line is Netlify's; Pages skips it and it does not count.
    expect(() => checkPagesRuleLimits([...splats.slice(1), { from: '/x/*', to: '/404.html', status: 404 }])).not.toThrow();
  });

  it('answers the shared table of cases as the local server does (apart from what only a server can see)', () => {
    // Percent-escapes and dot-segments are decoded by the host before _redirects applies; queries are kept by Netlify.
    const cases = expectationsFor('netlify', hashedAssets(distDir), '/').filter(
      (entry) => !entry.path.includes('%') && !entry.path.includes('?'),
    );
    expect(cases.length).toBeGreaterThan(40);
    for (const entry of cases) {
      const answer = netlify(rules, targetOf('/', entry.path));
      const where = `${entry.name} (${entry.path})`;
      expect(answer.status, where).toBe(entry.status);
      if (entry.location) expect(answer.location, where).toBe(entry.location);
      if (entry.errorPage === 'root') expect(answer.file, where).toBe('404.html');
      else if (entry.errorPage) expect(answer.file, where).toBe(`${entry.errorPage}/404.html`);
    }
  });
});

describe('staticwebapp.config.json', () => {
  const config = JSON.parse(readDistFile('staticwebapp.config.json'));

  it('sends the security headers and revalidation everywhere, and always adds the trailing slash', () => {
    expect(config.globalHeaders).toEqual({ ...securityHeaders, 'Cache-Control': cacheControl.revalidate });
    expect(config.trailingSlash).toBe('always');
  });

  it('makes the hashed folders immutable', () => {
    const immutable = config.routes
      .filter((route: { headers?: Record<string, string> }) => route.headers?.['Cache-Control'] === cacheControl.immutable)
      .map((route: { route: string }) => route.route);
    expect(immutable).toEqual(
      expect.arrayContaining([
        '/_astro/*',
        '/pagefind/fragment/*',
        '/pagefind/index/*',
        '/pagefind/filter/*',
        '/pagefind/*.pf_meta',
      ]),
    );
  });

  it('serves the three-language page for a miss, each localized 404 with status 404, and types Pagefind files', () => {
    expect(config.responseOverrides['404'].rewrite).toBe('/404.html');
    for (const locale of locales)
      for (const route of [`/${locale.path}/404/`, `/${locale.path}/404.html`])
        expect(config.routes).toContainEqual({ route, rewrite: `/${locale.path}/404.html`, statusCode: 404 });
    expect(config.mimeTypes['.pf_fragment']).toBe('application/octet-stream');
  });

  it("fails, naming the first route past it, when the file would pass Azure's 20 KB", () => {
    expect(Buffer.byteLength(readDistFile('staticwebapp.config.json'))).toBeLessThan(azureConfigLimit / 2);
    const built = azureConfig('/');
    const extra = Array.from({ length: 300 }, (_, index) => ({ route: `/page-${index}`, rewrite: '/404.html', statusCode: 404 }));
    const routes = [...built.routes, ...extra];
    const size = (count: number) =>
      Buffer.byteLength(`${JSON.stringify({ ...built, routes: routes.slice(0, count) }, null, 2)}\n`);
    let fits = built.routes.length;
    while (size(fits + 1) <= azureConfigLimit) fits++;
    expect(fits).toBeLessThan(routes.length);
    expect(() => checkAzureConfigSize({ ...built, routes })).toThrow(`past the limit from the route "${routes[fits]!.route}" on`);
    expect(() => checkAzureConfigSize({ ...built, routes: routes.slice(0, fits) })).not.toThrow();
  });
});

describe('precompressed copies', () => {
  it('every text file has a .gz and a .br copy with the same content; host configuration has none', () => {
    const text = files.filter((file) => /\.(html|css|js|json|svg|xml|txt)$/.test(file) && file !== 'staticwebapp.config.json');
    expect(text.length).toBeGreaterThan(130);
    for (const file of text) {
      const original = readFileSync(join(distDir, file));
      expect(gunzipSync(readFileSync(join(distDir, `${file}.gz`))).equals(original), `${file}.gz`).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(distDir, `${file}.br`))).equals(original), `${file}.br`).toBe(true);
    }
    expect(existsSync(join(distDir, 'staticwebapp.config.json.gz'))).toBe(false);
  });

  it("each Pagefind file has a smaller .br copy of the content Pagefind's own gzip holds", () => {
    const pagefind = files.filter((file) => /\.(pagefind|pf_index|pf_fragment|pf_meta|pf_filter)$/.test(file));
    expect(pagefind.some((file) => file.endsWith('.pagefind'))).toBe(true);
    for (const file of pagefind) {
      const gzip = readFileSync(join(distDir, file));
      const br = readFileSync(join(distDir, `${file}.br`));
      const content = brotliDecompressSync(br);
      // What Pagefind's script accepts once the browser has decoded the response.
      expect(content.subarray(0, 12).toString(), file).toBe('pagefind_dcd');
      expect(content.equals(gunzipSync(gzip)), file).toBe(true);
      if (file.endsWith('.pagefind')) expect(br.length, file).toBeLessThan(gzip.length * 0.9);
    }
  });
});

describe("the deploy guide's per-host table", () => {
  it('is the one src/serving/host-differences.ts writes (paste hostTable() there when this fails)', () => {
    const readme = readFileSync(join(projectRoot, 'docs/deploy.md'), 'utf8');
    const start = readme.indexOf('| behaviour ', readme.indexOf('**Where the hosts differ**'));
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, readme.indexOf('\n\n', start))).toBe(hostTable());
  });
});
