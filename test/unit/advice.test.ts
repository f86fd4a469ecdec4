/**
 * Nothing the source does not say (src/i18n/check-advice.ts): advice that guesses, and a sentence
 * about a topic its rule cites no fact of, are found and named; a sentence that says the source is
 * silent passes; the project's own strings pass.
 */
import { describe, expect, it } from 'vitest';
import { adviceProblems, checkAdvice } from '../../src/i18n/check-advice.ts';
import { loadLocaleFiles } from '../../src/i18n/load-locales.ts';
import { projectRoot } from '../support/paths.ts';
import { join } from 'node:path';

const { resources } = loadLocaleFiles(join(projectRoot, 'locales'));

describe('advice without provenance', () => {
  it('passes the project', () => {
    expect(checkAdvice(resources)).toEqual([]);
  });

  it('finds the guess issue #21 removed from product-not-covered', () => {
    const english = structuredClone(resources);
    const tree = english['en']!['troubleshooting'] as { node: Record<string, { summary: string }> };
    tree.node['product-not-covered']!.summary =
      'Microsoft Product Support covers recent on-premises products only. For an older product, look at paid support plans.';
    expect(checkAdvice(english)).toEqual([
      'locales/en/troubleshooting.json node.product-not-covered.summary: advice without provenance ("look at"): "For an older product, look at paid support plans."',
    ]);
  });

  it('needs a fact of the topic a sentence is about, unless it says the source is silent', () => {
    expect(adviceProblems('x', 'Open the request in Support for Business.', ['F2.4'])).toEqual([
      'x: "Open the request in Support for Business." is about Support for Business, but its rule cites none of its facts (F2.4)',
    ]);
    expect(adviceProblems('x', 'Open the request in Support for Business.', ['F4.4'])).toEqual([]);
    expect(adviceProblems('x', 'The source article does not say whether a paid plan covers older products.', ['F4.1'])).toEqual(
      [],
    );
  });
});
