/**
 * The search index `npm run build` writes: one index per language holding exactly that locale's
 * indexed pages, none of the site's navigation or footer, and a search page that lists every guide
 * section for readers without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { checkIndexLanguages, type PagefindEntry } from '../../src/integrations/search-index.ts';
import { builtPages, readDistFile, readPage } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

const bundle = join(distDir, 'pagefind');

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every indexed page as Pagefind stored it (gzip, then a `pagefind_dcd` marker, then JSON). */
function fragments(): { language: string; fragment: Fragment }[] {
  // Pagefind's own gzip files only, not the .br copies the build adds beside them.
  return readdirSync(join(bundle, 'fragment'))
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const raw = gunzipSync(readFileSync(join(bundle, 'fragment', file))).toString('utf8');
      return { language: file.split('_')[0]!, fragment: JSON.parse(raw.replace(/^pagefind_dcd/, '')) as Fragment };
    });
}

/** The built pages that ask to be indexed, as URLs (`/pt-br/guide/activate/`). */
function pagesMarkedForIndex(): string[] {
  return builtPages()
    .filter((file) => !file.startsWith('pagefind/'))
    .filter((file) => readPage(file).querySelector('[data-pagefind-body]'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
}

describe('search index', () => {
  const entry = JSON.parse(readDistFile('pagefind/pagefind-entry.json')) as PagefindEntry;
  const stored = fragments();

  it('has one index per locale, named after <html lang>, and no other', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(locales.map((locale) => locale.tag.toLowerCase()).sort());
    expect(checkIndexLanguages(entry)).toEqual([]);
  });

  it("puts each page in its own language's index and nowhere else", () => {
    const expected = pagesMarkedForIndex();
    expect(expected.length).toBeGreaterThan(0);
    expect(stored.map(({ fragment }) => fragment.url).sort()).toEqual([...expected].sort());
    for (const locale of locales) {
      const own = stored.filter(({ language }) => language === locale.tag.toLowerCase());
      expect(own.length, locale.tag).toBe(entry.languages[locale.tag.toLowerCase()]?.page_count);
      for (const { fragment } of own) expect(fragment.url, locale.tag).toMatch(new RegExp(`^/${locale.path}/`));
    }
  });

  it('gives every indexed page a kind to filter by', () => {
    for (const { fragment } of stored)
      expect(['guide', 'troubleshooting', 'calculator'], fragment.url).toContain(fragment.filters['kind']?.[0]);
  });

  it('leaves out the header, navigation and footer of every page', () => {
    for (const locale of locales) {
      const ui = useTranslations(locale.tag);
      const chrome = [ui('footer.disclaimer'), ui('nav.skipToContent'), useTranslations(locale.tag, 'search')('box.placeholder')];
      for (const { fragment } of stored.filter(({ language }) => language === locale.tag.toLowerCase())) {
        for (const text of chrome) expect(fragment.content, fragment.url).not.toContain(text);
      }
    }
  });

  it('keeps the words of neighbouring table cells apart in what search shows', () => {
    // Every pair of neighbouring cells of every indexed table: the excerpt must not read "PackSilver".
    let pairs = 0;
    for (const { fragment } of stored) {
      const page = readPage(fragment.url.replace(/^\//, ''));
      for (const row of page.querySelectorAll('[data-pagefind-body] tr')) {
        const cells = row.querySelectorAll('th, td').map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
        for (const [index, cell] of cells.entries()) {
          const next = cells[index + 1];
          if (!cell || !next) continue;
          pairs++;
          expect(fragment.content, fragment.url).not.toContain(`${cell}${next}`);
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it('rejects an index with a missing or an unexpected language', () => {
    const { en, ...withoutEnglish } = entry.languages;
    expect(checkIndexLanguages({ ...entry, languages: withoutEnglish })).toEqual([
      expect.stringContaining('no index for <html lang="en">'),
    ]);
    const stray = { ...entry.languages, unknown: { hash: 'unknown_1', wasm: null, page_count: 2 } };
    expect(checkIndexLanguages({ ...entry, languages: stray })).toEqual([expect.stringContaining('"unknown"')]);
    expect(en).toBeDefined();
  });
});

describe.each(locales)('search page in $tag', (locale) => {
  const page = readPage(`${locale.path}/search/`);

  it('lists every guide page (not every section) and troubleshooting step as a plain link, for readers without JavaScript', () => {
    const searchUrl = new URL(`https://site.example/${locale.path}/search/`);
    const links = new Set(
      page.querySelectorAll('.browse a').map((link) => new URL(link.getAttribute('href')!, searchUrl).pathname),
    );
    const guidePages = builtPages().filter((file) => file.startsWith(`${locale.path}/guide/`) && file.split('/').length === 4);
    expect(guidePages.length).toBeGreaterThan(0);
    for (const file of guidePages) {
      const url = `/${file.replace(/index\.html$/, '')}`;
      expect(links, url).toContain(url);
    }
    expect(page.querySelectorAll('.browse a[href*="#"]')).toEqual([]);
    const steps = builtPages().filter(
      (file) => file.startsWith(`${locale.path}/troubleshooting/`) && readPage(file).querySelector('[data-tree-node]'),
    );
    expect(steps.length).toBeGreaterThan(1);
    for (const file of steps) expect(links, file).toContain(`/${file.replace(/index\.html$/, '')}`);
  });

  it('is not itself in the index, and every page carries the search configuration for its locale', () => {
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    const config = JSON.parse(page.querySelector('#search-config')!.textContent) as { lang: string; bundle: string };
    expect(config.lang).toBe(locale.tag);
    expect(existsSync(join(distDir, config.bundle, 'pagefind.js'))).toBe(true);
  });
});
