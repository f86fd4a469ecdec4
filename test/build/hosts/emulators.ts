/**
 * `npm run test:emulators` (after a build; CI runs it after `npm test`, see .ci/run): the table of
 * cases and the hostile paths against Netlify's (`netlify dev`) and Azure Static Web Apps' (`swa
 * start`) local runtimes, serving dist/. The two CLIs are pinned with their own lockfile
 * (emulator-cli/), too heavy for every `npm ci` of the project, so `npm ci` installs them into the
 * system's temporary folder, once per lockfile. Their install scripts are not needed
 * to serve and are not run (keytar's downloads a binary, netlify-cli's writes shell completion into
 * the home folder). Each case an emulator cannot answer as its host would is skipped with the reason
 * (host-differences.ts). A failed install, a runtime that does not start or stops answering is a
 * failure, never a skip. Writes test-results/emulators.json for .ci/run; exits 1 when anything fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { get, hashedAssets, mismatches, targetOf } from '../../../src/serving/expectations.ts';
import { expectationsFor, gapFor, redirectGaps, type Host } from '../../../src/serving/host-differences.ts';
import { distDir, projectRoot } from '../../support/paths.ts';
import { freePort, waitForOrigin, type RunningHost } from './nginx.ts';
import { hostileTargets, offSite } from './hostile-paths.ts';

const lockFolder = join(projectRoot, 'test/build/hosts/emulator-cli');
const lockFiles = ['package.json', 'package-lock.json'];
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, NO_COLOR: '1' };

/** The folder the pinned CLIs are installed in; throws, saying why, when `npm ci` fails. */
function install(): string {
  const hash = createHash('sha256');
  for (const file of lockFiles) hash.update(readFileSync(join(lockFolder, file)));
  const tools = join(tmpdir(), `partner-support-guide-emulators-${hash.digest('hex').slice(0, 12)}`);
  const done = join(tools, 'installed');
  if (existsSync(done)) return tools;
  mkdirSync(tools, { recursive: true });
  for (const file of lockFiles) copyFileSync(join(lockFolder, file), join(tools, file));
  console.log(`installing test/build/hosts/emulator-cli into ${tools} (npm ci, a few minutes)`);
  const result = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: tools, env, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(
      `npm ci of test/build/hosts/emulator-cli failed (${result.error?.message ?? `exit ${result.status}`}): ` +
        'the emulators need the npm registry; nothing was tested',
    );
  writeFileSync(done, '');
  return tools;
}

async function start(host: Host, tools: string, scratch: string): Promise<RunningHost> {
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

interface Tally {
  passed: number;
  failed: number;
  skipped: Map<string, number>;
}

async function checkCases(host: Host, origin: string, tally: Tally): Promise<void> {
  for (const expected of expectationsFor(host, hashedAssets(distDir), '/')) {
    const gap = gapFor(host, expected);
    if (gap?.skip === 'case') {
      tally.skipped.set(gap.reason, (tally.skipped.get(gap.reason) ?? 0) + 1);
      continue;
    }
    const target = targetOf('/', expected.path);
    const headers: Record<string, string> = expected.acceptEncoding ? { 'accept-encoding': expected.acceptEncoding } : {};
    const problems = mismatches(expected, await get(origin, target, headers), { headers: gap?.skip !== 'headers' });
    if (problems.length) {
      tally.failed++;
      console.log(`FAIL ${host} ${target} (${expected.name})\n       ${problems.join('\n       ')}`);
    } else tally.passed++;
  }
}

/** One check: no hostile path is redirected off the site, but by a runtime's own named gap. */
async function checkHostile(host: Host, origin: string, tally: Tally): Promise<void> {
  // Both emulators crash on malformed escapes and on a target that does not parse as a URL
  // reference (`//evil.example%2f…`: a host with an encoded slash): those are left out.
  const parses = (path: string) => URL.canParse(path, 'http://site.example');
  const all = hostileTargets();
  const targets = all.filter((path) => !/%(c0|ed|00)/i.test(path) && parses(path));
  console.log(`${host}: ${targets.length} of ${all.length} hostile paths sent (the rest crash the emulator)`);
  const problems: string[] = [];
  const explained = new Map<string, number>();
  for (const target of targets) {
    let location;
    try {
      location = (await get(origin, target)).headers['location'];
    } catch (error) {
      problems.push(`${target}: the emulator stopped answering (${(error as Error).message}); later paths not sent`);
      break;
    }
    const problem = offSite(typeof location === 'string' ? location : undefined, target);
    if (!problem) continue;
    const gap = redirectGaps.find((entry) => entry.host === host && entry.location(target) === location);
    if (gap) explained.set(gap.reason, (explained.get(gap.reason) ?? 0) + 1);
    else problems.push(`${target}: ${problem}`);
  }
  for (const [reason, count] of explained)
    console.log(`${host}: ${count} of ${targets.length} hostile paths off-site, known: ${reason}`);
  if (problems.length) {
    tally.failed++;
    console.log(`FAIL ${host}: hostile paths sent off the site\n       ${problems.join('\n       ')}`);
  } else tally.passed++;
}

async function check(host: Host, tools: string, tally: Tally): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), `emulator-${host}-`));
  try {
    const running = await start(host, tools, scratch);
    try {
      await checkCases(host, running.origin, tally);
      await checkHostile(host, running.origin, tally);
    } finally {
      await running.close();
    }
  } catch (error) {
    tally.failed++;
    console.log(`FAIL ${host}: ${(error as Error).message}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const reportFile = join(projectRoot, 'test-results/emulators.json');
// A run that fails before the end leaves no report of an earlier one behind.
rmSync(reportFile, { force: true });
if (!existsSync(join(distDir, 'index.html'))) throw new Error(`no build in ${distDir}: run \`npm run build\` first`);
const tools = install();
const report = { passed: 0, failed: 0, skipped: 0, hosts: {} as Record<string, object> };
for (const host of ['netlify', 'azure'] as const) {
  const tally: Tally = { passed: 0, failed: 0, skipped: new Map() };
  await check(host, tools, tally);
  const skipped = [...tally.skipped.values()].reduce((sum, count) => sum + count, 0);
  console.log(`${host}: ${tally.passed} passed, ${tally.failed} failed, ${skipped} skipped:`);
  for (const [reason, count] of tally.skipped) console.log(`  ${count} × ${reason}`);
  report.passed += tally.passed;
  report.failed += tally.failed;
  report.skipped += skipped;
  report.hosts[host] = { passed: tally.passed, failed: tally.failed, skipped: Object.fromEntries(tally.skipped) };
}
mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
process.exit(report.failed ? 1 : 0);
