/**
 * Over dist/: every page carries Open Graph and Twitter card tags in its own locale, pointing to a
 * preview image that exists (a 1200×630 PNG per locale), and robots.txt names the sitemap the
 * build wrote.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { builtPages, readDistFile, readPage } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

const site = 'https://partner-support-guide.example';
const pages = builtPages().filter((page) => !page.startsWith('pagefind/'));
const ogLocale = (tag: string) => tag.replace('-', '_');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('sharing tags', () => {
  it('every page has title, description, address, locale with alternates and an image, in its own locale', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const doc = readPage(file);
      const meta = (key: string) =>
        doc
          .querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
          .map((element) => element.getAttribute('content') ?? '');
      const locale = locales.find((entry) => file.startsWith(`${entry.path}/`)) ?? locales[0];
      expect(meta('og:title'), file).toEqual([doc.querySelector('title')!.text]);
      expect(meta('twitter:title'), file).toEqual(meta('og:title'));
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content');
      expect(meta('og:description')[0], file).toBeTruthy();
      if (description) expect(meta('og:description'), file).toEqual([description]);
      expect(meta('twitter:description'), file).toEqual(meta('og:description'));
      expect(meta('og:locale'), file).toEqual([ogLocale(locale.tag)]);
      expect(meta('og:locale:alternate').sort(), file).toEqual(
        locales
          .filter((other) => other !== locale)
          .map((other) => ogLocale(other.tag))
          .sort(),
      );
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const url = meta('og:url');
      expect(url[0], file).toMatch(new RegExp(`^${site}/`));
      if (canonical) expect(url, file).toEqual([canonical]);
      expect(meta('twitter:card'), file).toEqual(['summary_large_image']);
      const image = meta('og:image');
      expect(image, file).toEqual([`${site}/og/${locale.path}.png`]);
      expect(meta('twitter:image'), file).toEqual(image);
      expect(meta('og:image:alt')[0], file).toBeTruthy();
    }
  });

  it('the image of each locale exists, is a 1200×630 PNG, and differs from the others', () => {
    const images = locales.map((locale) => join(distDir, 'og', `${locale.path}.png`));
    for (const image of images) expect(pngSize(image), image).toEqual({ width: 1200, height: 630 });
    expect(new Set(images.map((image) => readFileSync(image).toString('base64'))).size).toBe(locales.length);
  });
});

describe('robots.txt and the sitemap', () => {
  it('names the sitemap index the build wrote, which lists sitemaps that exist, and forbids nothing the sitemap lists', () => {
    const robots = readDistFile('robots.txt');
    const sitemaps = [...robots.matchAll(/^Sitemap:\s*(\S+)$/gm)].map((match) => match[1]);
    expect(sitemaps).toEqual([`${site}/sitemap-index.xml`]);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow:\s*\S/m);
    const parts = [...readDistFile('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      expect(part.startsWith(`${site}/`), part).toBe(true);
      const file = part.slice(site.length + 1);
      expect(existsSync(join(distDir, file)), file).toBe(true);
      const urls = [...readDistFile(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
      expect(urls.length).toBeGreaterThan(90);
      for (const url of urls) expect(url.startsWith(`${site}/`), url).toBe(true);
    }
  });
});
