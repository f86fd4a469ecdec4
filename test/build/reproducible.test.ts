/**
 * The same commit built twice, in another folder, produces the same files byte for byte, with the
 * precompressed copies the nginx deploy adds (`npm test` builds with `npm run build:nginx`).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../support/project-copy.ts';
import { distDir, projectRoot } from '../support/paths.ts';
import { precompress } from '../../src/serving/compress.ts';
import { hiddenFiles } from '../../src/serving/policy.ts';

/** Every file below `dir` with the SHA-256 of its bytes, in path order. */
function fingerprint(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('reproducible build', () => {
  it('a second build of the same sources gives identical dist/ files', async () => {
    const copy = copyProject();
    try {
      // The copy reads the checkout's history, as a second clone would: "Last updated" comes from git.
      const gitDir = execFileSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: projectRoot, encoding: 'utf8' }).trim();
      const result = copy.build({ GIT_DIR: gitDir, GIT_WORK_TREE: copy.root });
      expect(result.status, result.output.slice(-2000)).toBe(0);
      await precompress(join(copy.root, 'dist'), hiddenFiles);
      const first = fingerprint(distDir);
      const second = fingerprint(join(copy.root, 'dist'));
      expect([...second.keys()]).toEqual([...first.keys()]);
      const different = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
      expect(different).toEqual([]);
    } finally {
      copy.dispose();
    }
  });
});
