import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir.ts';
import { anchorsOf, checkContent } from '../../src/content/check-content.ts';
import { readGuideSources } from '../../src/content/sources.ts';
import { requireFullTranslationFrom } from '../../src/integrations/guard.ts';

describe('the guide content check', () => {
  const page = (anchors: string[], order = 1) =>
    `---\ntitle: T\ndescription: A page description long enough.\norder: ${order}\nsection: overview\n---\n\n${anchors
      .map((anchor) => `## Heading {#${anchor}}\n\nText.\n`)
      .join('\n')}`;
  const group = 'order: 1\nlabel: G\n';

  function tree(files: Record<string, string>) {
    const root = tempDir('content');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return readGuideSources(root);
  }

  it('names a frontmatter field the schema rejects, with its file', () => {
    const sources = tree({ 'en/g/_group.yaml': group, 'en/g/a.mdx': page(['x']).replace('order: 1', 'order: first') });
    expect(checkContent(sources, ['en']).problems).toEqual([
      'content/en/g/a.mdx: frontmatter "order": Invalid input: expected number, received string',
    ]);
  });

  it('reads the fixed anchors of headings', () => {
    expect(anchorsOf(page(['sign-in', 'activate']))).toEqual(['sign-in', 'activate']);
  });

  it('names a page missing in one locale as a problem when full translation is required', () => {
    const sources = tree({
      'en/g/_group.yaml': group,
      'en/g/a.mdx': page(['x']),
      'pt-br/g/_group.yaml': group,
      'pt-br/g/a.mdx': page(['x']),
    });
    const { problems, warnings } = checkContent(sources, ['en', 'pt-br', 'es-es']);
    expect(warnings).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(/es-es\/g\/_group\.yaml is missing/),
      expect.stringMatching(/es-es\/g\/a\.mdx is missing \(exists in en\)/),
    ]);
  });

  it('only warns about a missing page when partial translations are allowed', () => {
    const sources = tree({
      'en/g/_group.yaml': group,
      'en/g/a.mdx': page(['x']),
      'en/g/b.mdx': page(['y'], 2),
      'pt-br/g/a.mdx': page(['x']),
    });
    const { problems, warnings } = checkContent(sources, ['en', 'pt-br'], { requireFullTranslation: false });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/pt-br\/g\/_group\.yaml is missing/),
      expect.stringMatching(/pt-br\/g\/b\.mdx is missing \(exists in en\)/),
    ]);
  });

  it('names a page that exists only in a translation, even with partial translations allowed', () => {
    const sources = tree({
      'en/g/_group.yaml': group,
      'en/g/a.mdx': page(['x']),
      'pt-br/g/a.mdx': page(['x']),
      'pt-br/g/b.mdx': page(['y']),
    });
    expect(checkContent(sources, ['en', 'pt-br'], { requireFullTranslation: false }).problems).toEqual([
      expect.stringMatching(/pt-br\/g\/b\.mdx has no en counterpart/),
    ]);
  });

  it('names different section anchors and a different order', () => {
    const sources = tree({
      'en/g/_group.yaml': group,
      'en/g/a.mdx': page(['x', 'y']),
      'pt-br/g/_group.yaml': group,
      'pt-br/g/a.mdx': page(['x', 'z'], 2),
    });
    expect(checkContent(sources, ['en', 'pt-br']).problems).toEqual([
      expect.stringMatching(/pt-br\/g\/a\.mdx: section anchors \[x, z\] differ from en \[x, y\]/),
      expect.stringMatching(/pt-br\/g\/a\.mdx: frontmatter "order" is 2 but 1 in en/),
    ]);
  });

  it('names a page name used in two groups, since page names are the URLs', () => {
    const sources = tree({
      'en/g/_group.yaml': group,
      'en/h/_group.yaml': group,
      'en/g/a.mdx': page(['x']),
      'en/h/a.mdx': page(['x']),
    });
    expect(checkContent(sources, ['en']).problems).toEqual([
      expect.stringMatching(/en\/h\/a\.mdx: page name "a" is also used in .*en\/g\/a\.mdx/),
    ]);
  });

  it('names a page outside a group, a group without _group.yaml and a folder that is no locale', () => {
    const sources = tree({ 'en/loose.mdx': page(['x']), 'en/g/a.mdx': page(['x']), 'fr/g/a.mdx': page(['x']) });
    expect(checkContent(sources, ['en']).problems).toEqual([
      expect.stringMatching(/fr\/ is not a locale folder/),
      expect.stringMatching(/en\/loose\.mdx: a guide page must be at content\/<locale>\/<group>\/<page>\.mdx/),
      expect.stringMatching(/en\/g\/_group\.yaml is missing/),
    ]);
  });
});

describe('REQUIRE_FULL_TRANSLATION', () => {
  it('is on unless switched off, and names the variable when its value means nothing', () => {
    expect(requireFullTranslationFrom(undefined)).toBe(true);
    expect(requireFullTranslationFrom('true')).toBe(true);
    expect(requireFullTranslationFrom('false')).toBe(false);
    expect(requireFullTranslationFrom(' 0 ')).toBe(false);
    expect(() => requireFullTranslationFrom('sometimes')).toThrow('REQUIRE_FULL_TRANSLATION="sometimes" is not a setting');
  });
});
