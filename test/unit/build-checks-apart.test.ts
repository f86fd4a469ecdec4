import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir.ts';
import { callApart } from '../../src/integrations/apart.ts';
import type { checkBuiltSite } from '../../src/integrations/site-checks.ts';

const checks = new URL('../../src/integrations/site-checks.ts', import.meta.url);

describe('the build checks, run in a child process', () => {
  it('report a broken link with the guide source it came from, as the build prints it', async () => {
    const distDir = tempDir('dist');
    mkdirSync(join(distDir, 'en/guide/a'), { recursive: true });
    writeFileSync(
      join(distDir, 'en/guide/a/index.html'),
      '<!doctype html><html lang="en"><body><a href="../gone/">x</a></body></html>',
    );
    const found = await callApart<ReturnType<typeof checkBuiltSite>>(checks, 'checkBuiltSite', {
      distDir,
      base: '/',
      site: 'https://example.org',
      pages: [{ locale: 'en', slug: 'a', file: 'g/a.mdx', path: 'content/en/g/a.mdx' }],
      proof: { uiKeys: new Set<string>(), names: [], translated: new Set<string>() },
    });
    expect(found).toEqual({
      stage: 'Checking links in the built site',
      problems: ['dist/en/guide/a/index.html (from content/en/g/a.mdx): href="../gone/" → /en/guide/gone/: no such page'],
    });
  });

  it('fail the build with the error of a check that throws, not with a silent empty result', async () => {
    const missing = join(tempDir('dist'), 'missing');
    const proof = { uiKeys: new Set<string>(), names: [], translated: new Set<string>() };
    await expect(
      callApart(checks, 'checkBuiltSite', { distDir: missing, base: '/', site: 'https://example.org', pages: [], proof }),
    ).rejects.toThrow(/checkBuiltSite in .*site-checks\.ts failed:\n.*ENOENT/);
  });
});
