/**
 * `npm run check:deploy -- https://origin/[base/] [--host pages|netlify|azure] [--dist dist]`: asks
 * a deployed site every question of the shared table (expectations.ts), as that host is documented
 * to answer it (host-differences.ts; without --host, exactly as the policy says: nginx, `npm
 * start`), and reports each wrong status, redirect, missing or different header and wrong error
 * page. Cache-Control is compared as a set of directives. The hashed asset names come from the
 * local build that was deployed (`--dist`, default dist/). Exits 1 when anything differs.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { get, hashedAssets, mismatches, targetOf } from './expectations.ts';
import { expectationsFor, hostNames, type Host } from './host-differences.ts';
import { normalizeBase } from './policy.ts';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run check:deploy -- https://origin/[base/] [--host ${hosts.join('|')}] [--dist dist]`);
  process.exit(2);
}

const hosts = Object.keys(hostNames).filter((host) => host !== 'policy');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : (args[at + 1] ?? usage(`${name} needs a value`));
};
const dist = resolve(option('--dist') ?? 'dist');
const host = option('--host') ?? 'policy';
if (host !== 'policy' && !hosts.includes(host)) usage(`Unknown host: ${host}`);
const address = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
if (!address) usage('Name the deployed site.');
let url: URL;
try {
  url = new URL(address);
} catch {
  usage(`Not an address: ${address}`);
}
if (!/^https?:$/.test(url.protocol)) usage(`Not an http(s) address: ${address}`);
if (!existsSync(resolve(dist, '_astro'))) usage(`No build at ${dist}: build the site that was deployed first (npm run build).`);

const base = normalizeBase(url.pathname);
const cases = expectationsFor(host as Host | 'policy', hashedAssets(dist), base);
let failed = 0;
for (const expected of cases) {
  const target = targetOf(base, expected.path);
  const headers: Record<string, string> = expected.acceptEncoding ? { 'accept-encoding': expected.acceptEncoding } : {};
  let problems: string[];
  try {
    problems = mismatches(expected, await get(url.origin, target, headers));
  } catch (error) {
    problems = [`no answer: ${(error as Error).message}`];
  }
  if (problems.length > 0) failed++;
  const want = expected.location ? `${expected.status} → ${expected.location}` : String(expected.status);
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${target}  (${expected.name}; expected ${want})`);
  for (const problem of problems) console.log(`       ${problem}`);
}
console.log(`\n${cases.length - failed} of ${cases.length} checks passed at ${url.origin}${base}`);
process.exit(failed ? 1 : 0);
