/**
 * Over dist/: every page exists in every locale with the right lang, canonical and hreflang set;
 * no English UI string leaks into a translated page; the sitemap lists every page.
 */
import { describe, expect, it } from 'vitest';
import { locales, defaultLocale } from '../../src/i18n/locales.ts';
import { flatten } from '../../src/i18n/check-translations.ts';
import { namespaces, resources } from '../../src/i18n/resources.ts';
import { builtPages, hasPage, readDistFile, readPage } from '../support/dist.ts';
import { guideSlugsOf } from '../support/guide-sources.ts';

const guideSlugs = guideSlugsOf();

/** Pages below a locale folder, as paths without the locale (`guide/activate/`), from the English build. */
const localizedPaths = builtPages()
  .filter((page) => page.startsWith('en/'))
  .map((page) => page.slice('en/'.length).replace(/index\.html$/, ''));

// The error page is also written as `<locale>/404.html` (Cloudflare Pages looks for that name).
const indexablePaths = localizedPaths.filter((path) => path !== '404/' && path !== '404.html');

describe('pages in every locale', () => {
  it('builds every guide page and the home page in every locale', () => {
    expect(guideSlugs.length).toBeGreaterThanOrEqual(9);
    for (const locale of locales) {
      expect(hasPage(`${locale.path}/index.html`), `${locale.path}/`).toBe(true);
      for (const slug of guideSlugs)
        expect(hasPage(`${locale.path}/guide/${slug}/index.html`), `${locale.path}/guide/${slug}/`).toBe(true);
    }
  });

  it('builds the same set of pages in every locale', () => {
    for (const locale of locales) {
      const paths = builtPages()
        .filter((page) => page.startsWith(`${locale.path}/`))
        .map((page) => page.slice(locale.path.length + 1).replace(/index\.html$/, ''));
      expect(paths.sort(), locale.path).toEqual([...localizedPaths].sort());
    }
  });

  for (const locale of locales) {
    it(`gives ${locale.path} pages lang="${locale.tag}", a localized title, canonical and hreflang links`, () => {
      for (const path of indexablePaths) {
        const doc = readPage(`${locale.path}/${path}`);
        const where = `${locale.path}/${path}`;
        expect(doc.querySelector('html')?.getAttribute('lang'), where).toBe(locale.tag);
        expect(doc.querySelector('title')?.text.trim(), where).toBeTruthy();
        expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length, where).toBeGreaterThan(20);
        const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
        expect(canonical && new URL(canonical).pathname, where).toMatch(new RegExp(`/${locale.path}/${path}$`));
        const alternates = Object.fromEntries(
          doc
            .querySelectorAll('link[rel="alternate"][hreflang]')
            .map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
        );
        for (const other of locales)
          expect(alternates[other.tag], `${where} hreflang ${other.tag}`).toMatch(new RegExp(`/${other.path}/${path}$`));
        expect(alternates['x-default'], where).toMatch(new RegExp(`/${defaultLocale.path}/${path}$`));
      }
    });
  }
});

function containsWords(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

describe('no English UI text in translated pages', () => {
  // English strings that a translation could plausibly leave behind; proper names such as
  // "Partner Center" are the same in every language and are excluded.
  const flatAll = (tag: (typeof locales)[number]['tag']) =>
    new Map(namespaces.flatMap((ns) => [...flatten(resources[tag][ns])].map(([key, text]) => [`${ns}:${key}`, text] as const)));
  const english = flatAll('en');
  const translated = locales.slice(1).map((locale) => flatAll(locale.tag));
  const distinctive = [...english.entries()].filter(
    ([key, text]) => !text.includes('{{') && translated.every((strings) => strings.get(key) !== text),
  );

  for (const locale of locales.slice(1)) {
    it(`${locale.path} pages show none of the English UI strings`, () => {
      expect(distinctive.length).toBeGreaterThan(20);
      for (const path of localizedPaths) {
        const doc = readPage(`${locale.path}/${path}`);
        doc.querySelectorAll('[lang="en"], script, style, template').forEach((element) => element.remove());
        const text = doc.querySelector('body')!.text.replace(/\s+/g, ' ');
        // Whole words only: "Important" must not match inside "Importante".
        const leaks = distinctive.filter(([, phrase]) => phrase.length > 3 && containsWords(text, phrase));
        expect(
          leaks.map(([key, phrase]) => `${key}: "${phrase}"`),
          `${locale.path}/${path}`,
        ).toEqual([]);
      }
    });
  }
});

describe('sitemap', () => {
  it('lists every page of every locale, and no 404 page', () => {
    const index = readDistFile('sitemap-index.xml');
    const sitemapFiles = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((match) => match[1]!);
    expect(sitemapFiles.length).toBeGreaterThan(0);
    const listed = new Set(
      sitemapFiles.flatMap((file) =>
        [...readDistFile(file).matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
      ),
    );
    for (const locale of locales) {
      for (const path of indexablePaths) expect(listed.has(`/${locale.path}/${path}`), `/${locale.path}/${path}`).toBe(true);
      expect(listed.has(`/${locale.path}/404/`)).toBe(false);
    }
  });
});
