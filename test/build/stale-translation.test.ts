/**
 * When an English page changes and its translations do not, the build names the stale pages and
 * the translated pages tell readers, with a link to the English page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { copyProject } from '../support/project-copy.ts';
import { readPage } from '../support/dist.ts';
import { defaultLocale, localePaths } from '../../src/i18n/locales.ts';

const translated = localePaths.filter((locale) => locale !== defaultLocale.path);

describe('translation freshness in the built site', () => {
  it('the real build shows no stale notice and lists every translation as current', () => {
    const status = readPage('en/translations/');
    const rows = status.querySelectorAll('tr[data-status]');
    expect(rows.length).toBeGreaterThanOrEqual(18);
    expect(
      rows.filter((row) => row.getAttribute('data-status') !== 'current').map((row) => row.getAttribute('data-page')),
    ).toEqual([]);
    expect(readPage('pt-br/guide/paid-plans/').querySelector('[data-stale]')).toBeNull();
  });

  it('changing an English page makes its translations stale, visibly and in the build log', () => {
    const copy = copyProject();
    try {
      copy.edit('content/en/support-benefits/paid-plans.mdx', (text) => `${text}\nA sentence added to the English page.\n`);
      const result = copy.build();
      expect(result.status, result.output.slice(-2000)).toBe(0);
      for (const locale of translated)
        expect(result.output).toContain(`stale translation: content/${locale}/support-benefits/paid-plans.mdx`);
      const page = (path: string) => parse(readFileSync(join(copy.root, 'dist', path, 'index.html'), 'utf8'));
      for (const locale of translated) {
        const notice = page(`${locale}/guide/paid-plans`).querySelector('[data-stale]');
        expect(notice, locale).not.toBeNull();
        expect(notice!.querySelector('a')!.getAttribute('href')).toBe('/en/guide/paid-plans/');
        expect(page(`${locale}/guide/activate`).querySelector('[data-stale]'), `${locale} activate`).toBeNull();
      }
      const stale = page('en/translations')
        .querySelectorAll('tr[data-status="stale"]')
        .map((row) => row.getAttribute('data-page'));
      expect(stale.sort()).toEqual(translated.map((locale) => `${locale}/paid-plans`).sort());
    } finally {
      copy.dispose();
    }
  });
});
