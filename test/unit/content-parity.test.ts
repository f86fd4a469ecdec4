import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir.ts';
import { checkContentParity, outlineOf } from '../../src/content/check-content.ts';
import { localePaths } from '../../src/i18n/locales.ts';
import { projectRoot } from '../support/paths.ts';

describe('the real guide content', () => {
  it('has the same pages, section anchors, order and section key in every locale', () => {
    expect(checkContentParity(join(projectRoot, 'content'), localePaths)).toEqual([]);
  });
});

describe('the content parity check', () => {
  const page = (anchors: string[], order = 1) =>
    `---\ntitle: T\ndescription: A page description long enough.\norder: ${order}\nsection: overview\n---\n\n${anchors
      .map((anchor) => `## Heading {#${anchor}}\n\nText.\n`)
      .join('\n')}`;

  function tree(files: Record<string, string>): string {
    const root = tempDir('content');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('reads the fixed anchors of headings', () => {
    expect(outlineOf(page(['sign-in', 'activate'])).anchors).toEqual(['sign-in', 'activate']);
  });

  it('names a page missing in one locale', () => {
    const root = tree({ 'en/a.mdx': page(['x']), 'pt-br/a.mdx': page(['x']) });
    expect(checkContentParity(root, ['en', 'pt-br', 'es-es'])).toEqual([
      expect.stringMatching(/es-es\/a\.mdx is missing \(exists in en\)/),
    ]);
  });

  it('names a page that exists only in a translation', () => {
    const root = tree({ 'en/a.mdx': page(['x']), 'pt-br/a.mdx': page(['x']), 'pt-br/b.mdx': page(['y']) });
    expect(checkContentParity(root, ['en', 'pt-br'])).toEqual([expect.stringMatching(/pt-br\/b\.mdx has no en counterpart/)]);
  });

  it('names different section anchors and a different order', () => {
    const root = tree({ 'en/a.mdx': page(['x', 'y']), 'pt-br/a.mdx': page(['x', 'z'], 2) });
    expect(checkContentParity(root, ['en', 'pt-br'])).toEqual([
      expect.stringMatching(/pt-br\/a\.mdx: section anchors \[x, z\] differ from en \[x, y\]/),
      expect.stringMatching(/pt-br\/a\.mdx: frontmatter "order" is 2 but 1 in en/),
    ]);
  });
});
