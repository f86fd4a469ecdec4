/**
 * The Content Security Policy of every page allows scripts and styles only from the site itself,
 * and the pages need nothing it forbids: no inline script or style, nothing from another origin.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/dist.ts';

const pages = builtPages().filter((page) => !page.startsWith('pagefind/'));

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content Security Policy', () => {
  it('every page carries a policy without unsafe-inline or unsafe-eval for scripts, limited to the site', () => {
    for (const page of pages) {
      const policy = readPage(page).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
      expect(policy, page).toBeTruthy();
      const rules = directives(policy!);
      const scripts = rules.get('script-src') ?? rules.get('default-src')!;
      expect(scripts, page).toContain("'self'");
      expect(scripts, page).not.toContain("'unsafe-inline'");
      expect(scripts, page).not.toContain("'unsafe-eval'");
      expect(rules.get('style-src'), page).toEqual(["'self'"]);
      expect(rules.get('default-src'), page).toEqual(["'self'"]);
      expect(rules.get('object-src'), page).toEqual(["'none'"]);
      // No directive names another origin or a wildcard.
      for (const [, values] of rules)
        for (const value of values) expect(value, `${page}: ${value}`).not.toMatch(/^(https?:|\*$)/);
    }
  });

  it('no page has inline scripts, inline styles or resources from another origin', () => {
    for (const page of pages) {
      const doc = readPage(page);
      const inlineScripts = doc
        .querySelectorAll('script:not([src])')
        .filter((script) => !['application/json', 'application/ld+json'].includes(script.getAttribute('type') ?? ''));
      expect(
        inlineScripts.map((script) => script.toString().slice(0, 80)),
        page,
      ).toEqual([]);
      expect(doc.querySelectorAll('style').length, `${page}: <style>`).toBe(0);
      expect(
        doc.querySelectorAll('[style]').map((element) => element.tagName),
        `${page}: style=""`,
      ).toEqual([]);
      const resources = doc
        .querySelectorAll('script[src], link[rel="stylesheet"], link[rel="icon"], img[src], iframe, video, audio, source')
        .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '');
      expect(
        resources.filter((url) => /^(https?:)?\/\//.test(url)),
        page,
      ).toEqual([]);
    }
  });
});
