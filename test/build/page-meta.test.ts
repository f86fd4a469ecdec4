/**
 * "Last updated" under every guide page in every locale: the date of the last commit that changed
 * the page's source, written as the locale writes dates; and "Edit this page", which the test build
 * leaves out because EDIT_URL_BASE is unset.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { formatDate, locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { editUrl } from '../../src/content/page-meta.ts';
import { readPage } from '../support/dist.ts';
import { guideFileOf, guideSlugsOf } from '../support/guide-sources.ts';
import { projectRoot } from '../support/paths.ts';

/** The date git gives the last commit that changed a file, or null for a file git does not know. */
function committed(file: string): string | null {
  const time = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], { cwd: projectRoot, encoding: 'utf8' }).trim();
  return time ? new Date(Number(time) * 1000).toISOString().slice(0, 10) : null;
}

describe.each(locales)('page meta in $tag', (locale) => {
  const t = useTranslations(locale.tag);
  it.each(guideSlugsOf())(
    '%s says when its source last changed, in the locale’s date format, and offers no edit link',
    (slug) => {
      const page = readPage(`${locale.path}/guide/${slug}/`);
      const meta = page.querySelector('.page-meta');
      const source = guideSlugsOf(locale.path).includes(slug) ? guideFileOf(locale.path, slug) : guideFileOf('en', slug);
      const date = committed(source);
      if (date === null) {
        // An uncommitted page has no date yet, and then nothing is shown.
        expect(meta?.querySelector('time')).toBeFalsy();
        return;
      }
      const time = meta!.querySelector('time')!;
      expect(time.getAttribute('datetime')).toBe(date);
      expect(time.textContent).toBe(t('guide.lastUpdated', { date: formatDate(locale, date) }));
      expect(meta!.querySelector('a')).toBeNull();
    },
  );
});

describe('edit link', () => {
  it('points at the source under EDIT_URL_BASE, and is off without it', () => {
    const file = 'content/pt-br/support-benefits/activate.mdx';
    expect(editUrl(file, 'https://github.com/org/repo/edit/main')).toBe(`https://github.com/org/repo/edit/main/${file}`);
    expect(editUrl(file, '')).toBeUndefined();
  });
});
