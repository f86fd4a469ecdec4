/**
 * `astro build` of a project folder, timed for the benchmarks (bench:scale for ours, starlight.ts
 * for Starlight's): wall and CPU time and peak RSS as `/usr/bin/time -v` reports them, and which
 * phase reached the peak.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TimedBuild {
  status: number | null;
  /** Everything the build printed, `/usr/bin/time`'s report last. */
  output: string;
  seconds: number;
  /** User and system CPU time: on a shared machine, steadier than the wall time. */
  cpuSeconds: number;
  peakRssMb: number;
  /** The last line the build printed when its RSS was highest. */
  peakDuring: string;
  /** The lines that start or end a phase, each with the RSS at that moment. */
  timeline: string[];
}

/** The build's log lines that start or end a phase; the benchmark prints each with the RSS at that moment. */
const phaseLines = [
  /\[content\] Synced content/,
  /\[build\] (Collecting build info|Building static entrypoints|Rearranging server assets)/,
  /\[build\] ✓ Completed in .*/,
  /\[vite\] ✓ built in .*/,
  /generating static routes/,
  /step ".*": .*/,
  /\[build\] \d+ page\(s\) built in .*/,
];

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

/**
 * Runs `astro build` under `/usr/bin/time -v`, reading the build's RSS from /proc every 200 ms to
 * tell which phase (the last line the build printed) reached the peak.
 */
export function timedBuild(root: string, env: NodeJS.ProcessEnv): Promise<TimedBuild> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env,
    });
    let output = '';
    let lastLine = '';
    let peak = 0;
    let peakDuring = '';
    let rss = 0;
    const timeline: string[] = [];
    const append = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      lastLine = output.trimEnd().split('\n').at(-1) ?? lastLine;
      for (const line of text.split('\n').filter((candidate) => phaseLines.some((pattern) => pattern.test(candidate))))
        timeline.push(`${line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim()}  [RSS then ${mb(rss)} MB, peak so far ${mb(peak)} MB]`);
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    const rssOfTree = (): number => {
      // /usr/bin/time's child is the build's node process.
      try {
        const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/);
        return children.reduce((sum, pid) => {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
        }, 0);
      } catch {
        return 0;
      }
    };
    const timer = setInterval(() => {
      rss = rssOfTree();
      if (rss > peak) [peak, peakDuring] = [rss, `${lastLine} (${mb(rss)} MB)`];
    }, 200);
    child.on('close', (status) => {
      clearInterval(timer);
      const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? NaN);
      const cpuSeconds = ['User', 'System'].reduce(
        (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? NaN),
        0,
      );
      const seconds = (performance.now() - started) / 1000;
      resolve({ status, output, seconds, cpuSeconds, peakRssMb: peakKb / 1024, peakDuring, timeline });
    });
  });
}
