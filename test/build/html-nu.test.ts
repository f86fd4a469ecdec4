/**
 * Every built page passes the W3C Nu Html Checker (npm `vnu-jar`, on the machine's Java), which
 * parses as browsers do and catches what html-validate does not (markup after `</html>`).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { distDir } from '../support/paths.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('Nu Html Checker', () => {
  it('finds no error in any page of dist/', () => {
    const result = spawnSync('java', ['-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'gnu', distDir], {
      encoding: 'utf8',
    });
    if (result.error) throw new Error(`java could not run (apt-get install -y default-jre-headless): ${result.error.message}`);
    expect(result.stderr.trim().split('\n').filter(Boolean)).toEqual([]);
    expect(result.status).toBe(0);
  }, 300_000);
});
