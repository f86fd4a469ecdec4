/**
 * `npm run test:emulators` (opt-in, not part of `npm test`): the table of cases and the hostile
 * paths against Netlify's (`netlify dev`) and Azure Static Web Apps' (`swa start`) local runtimes,
 * serving dist/. Neither installs reliably in a clean clone's `npm ci` (netlify-cli takes about a
 * minute and hundreds of packages; the SWA CLI's keytar downloads in its install script), so they
 * are installed once into the system's temporary folder. Each case an emulator cannot answer as
 * its host would is skipped with the reason (host-differences.ts). Exits 1 when anything differs.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { get, hashedAssets, mismatches, targetOf } from '../../../src/serving/expectations.ts';
import { expectationsFor, gapFor, type Host } from '../../../src/serving/host-differences.ts';
import { distDir } from '../../support/paths.ts';
import { freePort, waitForOrigin, type RunningHost } from './nginx.ts';
import { hostileTargets, offSite } from './hostile-paths.ts';

const tools = join(tmpdir(), 'partner-support-guide-emulators');
const packages = [
  { bin: 'netlify', spec: 'netlify-cli@27.10.2', scripts: true },
  { bin: 'swa', spec: '@azure/static-web-apps-cli@2.0.10', scripts: false },
];
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, NO_COLOR: '1' };

function install(): void {
  mkdirSync(tools, { recursive: true });
  for (const { bin, spec, scripts } of packages) {
    if (existsSync(join(tools, 'node_modules/.bin', bin))) continue;
    console.log(`installing ${spec} into ${tools}`);
    const args = [
      'install',
      '--prefix',
      tools,
      '--no-audit',
      '--no-fund',
      '--no-save',
      ...(scripts ? [] : ['--ignore-scripts']),
      spec,
    ];
    execFileSync('npm', args, { stdio: 'inherit', env });
  }
}

async function start(host: Host, scratch: string): Promise<RunningHost> {
  const port = await freePort();
  const bin = join(tools, 'node_modules/.bin', host === 'netlify' ? 'netlify' : 'swa');
  const args =
    host === 'netlify'
      ? ['dev', '--offline', '--internal-disable-edge-functions', '--dir', distDir, '--port', String(port)]
      : ['start', distDir, '--swa-config-location', distDir, '--port', String(port), '--host', '127.0.0.1'];
  const child = spawn(bin, args, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // netlify dev takes half a minute to start on an idle machine.
  return waitForOrigin(child, `http://127.0.0.1:${port}`, `${host} emulator`, 240);
}

async function check(host: Host, origin: string): Promise<number> {
  let failed = 0;
  let passed = 0;
  const skipped = new Map<string, number>();
  for (const expected of expectationsFor(host, hashedAssets(distDir), '/')) {
    const gap = gapFor(host, expected);
    if (gap?.skip === 'case') {
      skipped.set(gap.reason, (skipped.get(gap.reason) ?? 0) + 1);
      continue;
    }
    const target = targetOf('/', expected.path);
    const headers: Record<string, string> = expected.acceptEncoding ? { 'accept-encoding': expected.acceptEncoding } : {};
    const problems = mismatches(expected, await get(origin, target, headers), { headers: gap?.skip !== 'headers' });
    if (problems.length) {
      failed++;
      console.log(`FAIL ${host} ${target} (${expected.name})\n       ${problems.join('\n       ')}`);
    } else passed++;
  }
  // Both emulators crash on malformed escapes and on a target that does not parse as a URL
  // reference (`//evil.example%2f…`: a host with an encoded slash): those are left out. Any other
  // crash ends the hostile paths for that emulator, reported as such.
  const parses = (path: string) => URL.canParse(path, 'http://site.example');
  const targets = hostileTargets().filter((path) => !/%(c0|ed|00)/i.test(path) && parses(path));
  let sent = 0;
  for (const target of targets) {
    let location;
    try {
      location = (await get(origin, target)).headers['location'];
    } catch (error) {
      console.log(`${host}: the emulator stopped answering at ${target} (${(error as Error).message}); later paths not sent`);
      break;
    }
    sent++;
    const problem = offSite(typeof location === 'string' ? location : undefined, target);
    if (problem) {
      failed++;
      console.log(`FAIL ${host} ${target}: ${problem}`);
    }
  }
  console.log(`${host}: ${sent} of ${targets.length} hostile paths sent`);
  console.log(`${host}: ${passed} cases as documented, ${failed} failed; skipped:`);
  for (const [reason, count] of skipped) console.log(`  ${count} × ${reason}`);
  return failed;
}

install();
let failures = 0;
for (const host of ['netlify', 'azure'] as const) {
  const scratch = mkdtempSync(join(tmpdir(), `emulator-${host}-`));
  const running = await start(host, scratch);
  try {
    failures += await check(host, running.origin);
  } finally {
    await running.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
process.exit(failures ? 1 : 0);
