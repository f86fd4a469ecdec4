/**
 * A build of the project with other settings (the site under /docs/), made once per test run for
 * every test file that asks for it, in whichever worker: the first caller builds, the others wait
 * for its result. Two files each building the same site cost about 10 s of CPU on two cores.
 *
 * The builds live in a folder of the run, which the global setup of each project that uses them
 * names (`sharedBuildsSetup`, the same for all projects of a run) and removes at the end.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { copyProject } from './project-copy.ts';
import { precompress } from '../../src/serving/compress.ts';
import { hiddenFiles } from '../../src/serving/policy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's shared builds go. */
    sharedBuilds: string;
  }
}

interface Outcome {
  /** The copy's root; its build is in `dist/`. */
  root?: string;
  /** Everything the build printed, when it failed. */
  failure?: string;
}

/** The `dist/` of a copy of the project built with `env`; throws with the build's output if it failed. */
export async function sharedBuild(name: string, env: Record<string, string>): Promise<string> {
  const folder = join(inject('sharedBuilds'), name);
  const outcomeFile = join(folder, 'outcome.json');
  let builder = true;
  try {
    mkdirSync(folder); // atomic: exactly one caller gets to build
  } catch {
    builder = false;
  }
  if (builder) {
    const copy = copyProject();
    const result = copy.build(env);
    // As the nginx deploy builds (`npm run build:nginx`): the serving tests expect its copies.
    if (result.status === 0) await precompress(join(copy.root, 'dist'), hiddenFiles);
    const outcome: Outcome = result.status === 0 ? { root: copy.root } : { failure: result.output.slice(-3000) };
    if (outcome.failure) copy.dispose();
    // Written whole, then renamed: a waiting test never reads half of it.
    writeFileSync(`${outcomeFile}.part`, JSON.stringify(outcome));
    renameSync(`${outcomeFile}.part`, outcomeFile);
  }
  while (!existsSync(outcomeFile)) await sleep(200);
  const outcome = JSON.parse(readFileSync(outcomeFile, 'utf8')) as Outcome;
  if (outcome.failure !== undefined) throw new Error(`build "${name}" (${JSON.stringify(env)}) failed:\n${outcome.failure}`);
  return join(outcome.root!, 'dist');
}

/**
 * Global setup of a project whose tests use shared builds: one folder per vitest process, so every
 * project of the run shares it; removed, with the builds in it, when the run ends.
 */
export default function sharedBuildsSetup(project: TestProject): () => void {
  const folder = join(tmpdir(), `shared-builds-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  project.provide('sharedBuilds', folder);
  return () => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder)) {
      const outcomeFile = join(folder, name, 'outcome.json');
      if (!existsSync(outcomeFile)) continue;
      const { root } = JSON.parse(readFileSync(outcomeFile, 'utf8')) as Outcome;
      if (root) rmSync(root, { recursive: true, force: true });
    }
    rmSync(folder, { recursive: true, force: true });
  };
}
