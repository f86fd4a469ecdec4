/**
 * A throwaway copy of the project (sharing node_modules) to build with one input broken, so a
 * test can prove the build stops and names the file and field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

const copied = ['src', 'content', 'locales', 'docs', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface ProjectCopy {
  root: string;
  edit(path: string, change: (text: string) => string): void;
  remove(path: string): void;
  /** Runs `astro build`; returns its exit code and everything it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  dispose(): void;
}

/**
 * The test process's environment minus what Vite puts there for the tests themselves (BASE_URL,
 * MODE, …): an inherited BASE_URL would override the copy's own `base`.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete env[name];
  return env;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'site-copy-'));
  for (const entry of copied) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    edit(path, change) {
      const file = join(root, path);
      const before = readFileSync(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`edit of ${path} changed nothing`);
      writeFileSync(file, after);
    },
    remove(path) {
      rmSync(join(root, path));
    },
    build(env = {}) {
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...buildEnvironment(), ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
        timeout: 180_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
