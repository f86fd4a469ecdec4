import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir.ts';
import { freshnessOf, recordedVersion, stampTranslation, translationStatus, versionOf } from '../../src/content/freshness.ts';
import { readGuideSources } from '../../src/content/sources.ts';

const english =
  '---\ntitle: Activate\ndescription: How to activate the benefits.\norder: 2\nsection: activate\n---\n\n## Sign in {#sign-in}\n\nSign in.\n';
const translation =
  '---\ntitle: Ativar\ndescription: Como ativar os benefícios.\norder: 2\nsection: activate\n---\n\n## Entre {#sign-in}\n\nEntre.\n';

describe('translation freshness', () => {
  it('a stamped translation is current until its English page changes, and current again once re-stamped', () => {
    const stamped = stampTranslation(english, translation);
    expect(freshnessOf(english, stamped)).toBe('current');
    const changedEnglish = english.replace('Sign in.', 'Sign in with your MPN account.');
    expect(freshnessOf(changedEnglish, stamped)).toBe('stale');
    expect(freshnessOf(changedEnglish, stampTranslation(changedEnglish, stamped))).toBe('current');
  });

  it('quotes the version, which YAML would otherwise read as a number when it is all digits or like 1e5', () => {
    expect(stampTranslation(english, translation)).toMatch(/^translates: '[0-9a-f]{12}'$/m);
    expect(recordedVersion("---\ntranslates: '123456789012'\n---\n")).toBe('123456789012');
  });

  it('a translation that records no version is untracked', () => {
    expect(freshnessOf(english, translation)).toBe('untracked');
  });

  it('ignores line-ending differences', () => {
    expect(versionOf(english)).toBe(versionOf(english.replace(/\n/g, '\r\n')));
  });

  it('reports every translated page of a content tree', () => {
    const root = tempDir('fresh');
    for (const folder of ['en', 'pt-br', 'es-es', 'de-de']) mkdirSync(join(root, folder, 'start'), { recursive: true });
    writeFileSync(join(root, 'en', 'start', 'activate.mdx'), english);
    writeFileSync(join(root, 'pt-br', 'start', 'activate.mdx'), stampTranslation(english, translation));
    writeFileSync(join(root, 'es-es', 'start', 'activate.mdx'), stampTranslation('an older English page', translation));
    expect(
      translationStatus(readGuideSources(root), ['en', 'pt-br', 'es-es', 'de-de']).map(
        (entry) => `${entry.file}: ${entry.status}`,
      ),
    ).toEqual(['pt-br/start/activate.mdx: current', 'es-es/start/activate.mdx: stale']);
  });
});
