import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir.ts';
import { checkLinks } from '../../src/integrations/link-check.ts';

function site(pages: Record<string, string>): string {
  const root = tempDir('dist');
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), `<!doctype html><html><body>${body}</body></html>`);
  }
  return root;
}
const options = { base: '/', site: 'https://example.org', externalAllowed: ['https://allowed.example/page'] };

describe('the link check over dist/', () => {
  it('accepts links and anchors that resolve, relative or absolute', () => {
    const distDir = site({
      'en/guide/a/index.html': '<h2 id="x">X</h2><a href="../b/#y">b</a><a href="/en/guide/b/">b</a><a href="#x">x</a>',
      'en/guide/b/index.html': '<h2 id="y">Y</h2><a href="https://allowed.example/page">out</a>',
    });
    expect(checkLinks({ distDir, ...options })).toEqual([]);
  });

  it('names the page, its source file and the missing target', () => {
    const distDir = site({ 'en/guide/a/index.html': '<a href="../missing/">m</a>' });
    const sourceOf = (page: string) => (page === 'en/guide/a/index.html' ? 'content/en/g/a.mdx' : null);
    expect(checkLinks({ distDir, ...options, sourceOf })).toEqual([
      'dist/en/guide/a/index.html (from content/en/g/a.mdx): href="../missing/" → /en/guide/missing/: no such page',
    ]);
  });

  it('names a missing anchor, whether the target page is read before or after the link', () => {
    const distDir = site({
      'en/guide/a/index.html': '<a href="../b/#nope">m</a><a href="../b/#y">ok</a>',
      'en/guide/b/index.html': '<h2 id="y">Y</h2><a href="../a/#gone">m</a>',
    });
    expect(checkLinks({ distDir, ...options })).toEqual([
      'dist/en/guide/b/index.html: href="../a/#gone" → no element with id "gone" in dist/en/guide/a/index.html',
      'dist/en/guide/a/index.html: href="../b/#nope" → no element with id "nope" in dist/en/guide/b/index.html',
    ]);
  });

  it('checks forms, stylesheets, scripts and images, and reads entities in addresses', () => {
    const distDir = site({
      'x/index.html':
        '<link rel="stylesheet" href="/s.css"><script src="/gone.js"></script><img src="/i.png" alt="">' +
        '<form action="/nowhere/"></form><a href="/x/?a=1&amp;b=2">q</a>',
      's.css': '',
      'i.png': '',
    });
    expect(checkLinks({ distDir, ...options })).toEqual([
      'dist/x/index.html: src="/gone.js" → /gone.js: no such page',
      'dist/x/index.html: action="/nowhere/" → /nowhere/: no such page',
    ]);
  });

  it('rejects external links that are not https or not listed', () => {
    const distDir = site({ 'x/index.html': '<a href="http://allowed.example/page">a</a><a href="https://other.example/">b</a>' });
    expect(checkLinks({ distDir, ...options })).toEqual([
      'dist/x/index.html: href="http://allowed.example/page" is not https',
      'dist/x/index.html: href="https://other.example/" is not listed in externalLinks (src/rules/program.ts)',
    ]);
  });

  it('resolves links under a base path', () => {
    const distDir = site({
      'en/index.html': '<a href="/docs/en/guide/a/">a</a><a href="/en/guide/a/">wrong</a>',
      'en/guide/a/index.html': '',
    });
    expect(checkLinks({ distDir, ...options, base: '/docs/' })).toEqual([
      'dist/en/index.html: href="/en/guide/a/" points outside the site\'s base /docs/',
    ]);
  });
});
