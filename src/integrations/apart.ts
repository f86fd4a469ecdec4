/**
 * Calls a function of a module in a child Node process and resolves to what it returns. The build
 * runs its checks this way: what a check allocates (every guide source parsed by the native MDX
 * parser, every built page read) is handed back to the system when the child exits, instead of
 * staying in the build process, whose memory only grows while Vite bundles and Astro renders.
 *
 * The child is plain Node, which loads TypeScript by stripping its types: the module and what it
 * imports must use erasable syntax only (tsconfig's `erasableSyntaxOnly` holds the project to it).
 * Arguments and result travel by structured clone, so Sets and Maps arrive as such; functions do not.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Call {
  module: string;
  name: string;
  args: unknown[];
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

export function callApart<T>(module: URL, name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], { serialization: 'advanced' });
    let outcome: Outcome | undefined;
    child.on('message', (message) => (outcome = message as Outcome));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (outcome?.ok) resolve(outcome.value as T);
      else if (outcome) reject(new Error(`${name} in ${fileURLToPath(module)} failed:\n${outcome.error}`));
      else
        reject(
          new Error(
            `${name} in ${fileURLToPath(module)}: the child process ended (${signal ?? `exit ${code}`}) without a result`,
          ),
        );
    });
    child.send({ module: module.href, name, args } satisfies Call);
  });
}

/** In the child: one call, its outcome sent back, then exit. */
async function answer({ module, name, args }: Call): Promise<void> {
  let outcome: Outcome;
  try {
    const exports = (await import(module)) as Record<string, (...args: unknown[]) => unknown>;
    outcome = { ok: true, value: await exports[name]!(...args) };
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  process.send!(outcome, () => process.exit(0));
}

if (process.send && process.argv[1] === fileURLToPath(import.meta.url))
  process.once('message', (call) => void answer(call as Call));
