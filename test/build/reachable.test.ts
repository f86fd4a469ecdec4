/**
 * Every page of a locale can be reached from that locale's home page by following links, and every
 * link that leaves the site is https and listed once in src/rules/program.ts.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { externalLinks } from '../../src/rules/program.ts';
import { builtPages, hasPage, readPage } from '../support/dist.ts';

const origin = 'https://site.invalid';

/** Built pages reached from `start` by following `<a href>` links inside the site. */
function crawl(start: string): Set<string> {
  const reached = new Set<string>([start]);
  const queue = [start];
  for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
    const pageUrl = new URL(page.replace(/index\.html$/, ''), `${origin}/`);
    for (const link of readPage(page).querySelectorAll('a[href]')) {
      const target = new URL(link.getAttribute('href')!, pageUrl);
      if (target.origin !== origin) continue;
      const file = `${target.pathname.slice(1)}${target.pathname.endsWith('/') ? 'index.html' : ''}`;
      if (!reached.has(file) && hasPage(file)) {
        reached.add(file);
        queue.push(file);
      }
    }
  }
  return reached;
}

describe('reachability', () => {
  it.each(locales)('every $tag page is reachable from /$path/', (locale) => {
    const reached = crawl(`${locale.path}/index.html`);
    const errorPages = [`${locale.path}/404/index.html`, `${locale.path}/404.html`];
    const pages = builtPages().filter((page) => page.startsWith(`${locale.path}/`) && !errorPages.includes(page));
    expect(pages.length).toBeGreaterThan(30);
    expect(pages.filter((page) => !reached.has(page))).toEqual([]);
  });

  it('every link that leaves the site is https and one of the listed external links', () => {
    const listed = new Set<string>(Object.values(externalLinks));
    const outside = new Set<string>();
    for (const page of builtPages().filter((file) => !file.startsWith('pagefind/'))) {
      for (const link of readPage(page).querySelectorAll('a[href]')) {
        const href = link.getAttribute('href')!;
        if (/^[a-z]+:/i.test(href)) outside.add(href);
      }
    }
    expect(outside.size).toBeGreaterThan(5);
    for (const href of outside) {
      expect(href.startsWith('https://'), href).toBe(true);
      expect(listed.has(href), href).toBe(true);
    }
  });
});
