/**
 * Where a host answers otherwise than the policy, as data: what it does (docs/deploy.md's per-host
 * table is written from this), the answers a deploy check then expects from it, and what the
 * hosts' local runtimes cannot tell (skipped there, each with the reason).
 */
import { behaviours, expectations, type Behaviour, type Expectation, type HashedAssets } from './expectations.ts';

/** The per-host table's columns: our server and nginx follow the policy exactly. */
export const hostNames = {
  policy: '`npm start`, nginx',
  pages: 'Cloudflare Pages',
  netlify: 'Netlify',
  azure: 'Azure SWA',
} as const;
export type Host = Exclude<keyof typeof hostNames, 'policy'>;

/** Fields of a case a host answers otherwise; an undefined Location or page is not compared. */
type Answer = Partial<Pick<Expectation, 'status' | 'location' | 'errorPage' | 'cacheControl'>>;

interface Difference {
  host: Host;
  behaviour: Behaviour;
  /** The per-host table's cell for this host and behaviour. */
  says: string;
  /** What the host answers instead, for each case it changes (undefined: as the policy says). */
  answer?: (expected: Expectation) => Answer | undefined;
}

const notFound = (expected: Expectation) => expected.status === 404 || undefined;

export const hostDifferences: readonly Difference[] = [
  {
    host: 'pages',
    behaviour: 'headers',
    says: 'yes; its own `no-store` on 404s, no `Cache-Control` on redirects',
    answer: (expected) =>
      expected.status === 404 ? { cacheControl: 'no-store' } : expected.status === 301 ? { cacheControl: '' } : undefined,
  },
  {
    host: 'pages',
    behaviour: 'folderSlash',
    says: 'yes, with its own 308',
    answer: (expected) => (expected.path === '\0base' ? undefined : { status: 308, cacheControl: '' }),
  },
  {
    host: 'pages',
    behaviour: 'badPath',
    says: 'climbing → 404 (it resolves the path itself)',
    answer: (expected) => (expected.name.includes('climbing') ? { status: 404, cacheControl: 'no-store' } : undefined),
  },
  { host: 'pages', behaviour: 'compressed', says: 'compresses itself; the copies are not used' },
  { host: 'netlify', behaviour: 'headers', says: 'yes (its default `public,max-age=0,must-revalidate`)' },
  {
    host: 'netlify',
    behaviour: 'folderSlash',
    says: 'no rule can (a forced one loops): the page answers at both addresses unless Pretty URLs is on',
    answer: (expected) => (expected.path === '\0base' ? undefined : { status: 200, location: undefined }),
  },
  {
    host: 'netlify',
    behaviour: 'capitalLocale',
    says: 'yes; `%2F` in the rest is decoded',
    answer: (expected) => (expected.location?.includes('%2F') ? { location: expected.location.replace(/%2F/g, '/') } : undefined),
  },
  {
    host: 'netlify',
    behaviour: 'badPath',
    says: "climbing → 404 with the locale's page (a miss under it)",
    answer: (expected) =>
      expected.name.includes('climbing') ? { status: 404, errorPage: expected.path.split('/')[0] } : undefined,
  },
  { host: 'netlify', behaviour: 'compressed', says: 'compresses itself; the copies are not used' },
  { host: 'azure', behaviour: 'folderSlash', says: 'yes (`trailingSlash`)' },
  {
    host: 'azure',
    behaviour: 'hostile',
    says: "not known: `swa start`'s own folder redirect sends `/%5chost/..%2fen` to `/\\host/../en/`",
  },
  {
    host: 'azure',
    behaviour: 'badPath',
    says: 'not known: its emulator crashes on them',
  },
  {
    host: 'azure',
    behaviour: 'capitalLocale',
    says: 'no (404): its redirects cannot carry the rest',
    answer: () => ({ status: 404, location: undefined, errorPage: 'root' }),
  },
  {
    host: 'azure',
    behaviour: 'localeMiss',
    says: 'no: one 404 page per site',
    answer: (expected) => (notFound(expected) && expected.errorPage !== 'root' ? { errorPage: 'root' } : undefined),
  },
  {
    host: 'azure',
    behaviour: 'errorPage',
    says: 'yes, with the three-language page',
    answer: () => ({ errorPage: 'root' }),
  },
  { host: 'azure', behaviour: 'compressed', says: 'compresses itself; the copies are not used' },
];

/** The table of cases as `host` answers it when it works as documented. */
export function expectationsFor(host: Host | 'policy', assets: HashedAssets, base: string): Expectation[] {
  return expectations(assets, base).map((expected) => {
    let adjusted = expected;
    for (const difference of hostDifferences)
      if (difference.host === host && difference.behaviour === expected.behaviour)
        adjusted = { ...adjusted, ...difference.answer?.(expected) };
    // A host's 404 and redirect cache headers apply whatever the behaviour of the case.
    const headers = hostDifferences.find((entry) => entry.host === host && entry.behaviour === 'headers');
    if (headers && expected.behaviour !== 'headers') adjusted = { ...adjusted, ...headers.answer?.(adjusted) };
    return adjusted;
  });
}

/** The "Where the hosts differ" table of docs/deploy.md. */
export function hostTable(): string {
  const columns = Object.values(hostNames);
  const rows = (Object.entries(behaviours) as [Behaviour, string][]).map(([behaviour, label]) => [
    label,
    ...Object.keys(hostNames).map(
      (host) => hostDifferences.find((entry) => entry.host === host && entry.behaviour === behaviour)?.says ?? 'yes',
    ),
  ]);
  const table = [['behaviour', ...columns], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(table[0]!), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** What a host's local runtime cannot answer as the host would: those cases, or their headers, go unchecked there. */
export interface EmulatorGap {
  host: Host;
  cases: (expected: Expectation) => boolean;
  /** `headers`: the status, Location and page are still checked. */
  skip: 'case' | 'headers';
  reason: string;
}

const malformed = (expected: Expectation) => /%(C0|ED)/.test(expected.path);

export const emulatorGaps: readonly EmulatorGap[] = [
  {
    host: 'pages',
    cases: (e) => e.path.includes('%00'),
    skip: 'case',
    reason: 'wrangler answers 502 to a NUL; Pages itself does not',
  },
  {
    host: 'pages',
    cases: (e) => e.behaviour === 'compressed',
    skip: 'case',
    reason: 'wrangler compresses without Vary; the edge compresses on its own',
  },
  {
    host: 'netlify',
    cases: () => true,
    skip: 'headers',
    reason: "netlify dev's Cache-Control and redirect headers are its own, not Netlify's",
  },
  { host: 'netlify', cases: malformed, skip: 'case', reason: 'netlify dev crashes on malformed percent-escapes' },
  {
    host: 'netlify',
    cases: (e) => e.path.includes('%00'),
    skip: 'case',
    reason: "netlify dev's NUL answer is its Node server's",
  },
  { host: 'netlify', cases: (e) => e.behaviour === 'compressed', skip: 'case', reason: 'netlify dev does not compress' },
  {
    host: 'azure',
    cases: (e) => e.status !== 200,
    skip: 'headers',
    reason: 'swa start sends no globalHeaders on 404s and its own on redirects',
  },
  { host: 'azure', cases: malformed, skip: 'case', reason: 'swa start crashes on malformed percent-escapes' },
  {
    host: 'azure',
    cases: (e) => e.name.includes('climbing'),
    skip: 'case',
    reason: 'swa start answers a path climbing above the site with its own "Cannot GET" page',
  },
  { host: 'azure', cases: (e) => e.path.includes('%00'), skip: 'case', reason: "swa start's NUL answer is its Node server's" },
  {
    host: 'azure',
    cases: (e) => e.behaviour === 'folderSlash',
    skip: 'case',
    reason: "swa start does not implement trailingSlash: its 301 is serve-static's folder redirect (it drops the query)",
  },
  { host: 'azure', cases: (e) => e.behaviour === 'compressed', skip: 'case', reason: 'swa start does not compress' },
];

/**
 * A hostile path a host's local runtime sends off the site by a redirect of its own making, not the
 * configuration's: `location` is the Location the runtime itself builds for the target (undefined
 * where the gap does not apply). Only that exact Location is let through; any other one fails.
 */
export interface RedirectGap {
  host: Host;
  location: (target: string) => string | undefined;
  reason: string;
}

export const redirectGaps: readonly RedirectGap[] = [
  {
    host: 'azure',
    // swa start parses the target as a URL (a literal `\` becomes `/`), percent-decodes the path,
    // finds a folder there and hands the decoded path to serve-static, whose folder redirect writes
    // it back with its leading slashes collapsed and a slash added, the query dropped. No route can
    // catch these: the emulator matches routes on the undecoded path, and its wildcards work only
    // after a slash (`/%5c*` becomes the regular expression `/%5c*`).
    location: (target) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(new URL(target, 'http://site.example').pathname);
      } catch {
        return undefined;
      }
      return decoded.includes('\\') ? `/${decoded.replace(/^\/+/, '')}/` : undefined;
    },
    reason:
      "swa start's folder redirect (serve-static's: the CLI does not implement trailingSlash) is written from the path it percent-decoded itself, so `/%5chost/..%2fen` gets `Location: /\\host/../en/`; Azure's own normaliser is not emulated",
  },
];

export function gapFor(host: Host, expected: Expectation): EmulatorGap | undefined {
  return (
    emulatorGaps.find((gap) => gap.host === host && gap.cases(expected) && gap.skip === 'case') ??
    emulatorGaps.find((gap) => gap.host === host && gap.cases(expected))
  );
}
