/** How search judges a page against the reader's words (src/islands/search/match.ts). */
import { describe, expect, it } from 'vitest';
import {
  compareMatches,
  fold,
  isGoodCoverage,
  isTogether,
  matchOf,
  matchOfHits,
  meaningfulTerms,
  sameWord,
  wordsOf,
} from '../../src/islands/search/match.ts';

describe('words', () => {
  it('compares without accents or case, so a reader may type "solucao" for "Solução"', () => {
    expect(fold('Solução ÁREA')).toBe('solucao area');
    expect(wordsOf('Access ID — já associado!')).toEqual(['access', 'id', 'ja', 'associado']);
  });

  it('keeps only the words that carry meaning, each once', () => {
    const stop = new Set(['the', 'is']);
    expect(meaningfulTerms('The Access ID is a the access id', stop)).toEqual(['access', 'id']);
  });
});

describe('sameWord', () => {
  it('matches the same word, a word still being typed, and another form of it', () => {
    expect(sameWord('contract', 'contract')).toBe(true);
    expect(sameWord('contr', 'contract')).toBe(true);
    expect(sameWord('associated', 'associado')).toBe(true);
    expect(sameWord('restam', 'restantes')).toBe(true);
  });

  it('does not match words that only share a short start', () => {
    expect(sameWord('account', 'activate')).toBe(false);
    expect(sameWord('plans', 'plat')).toBe(false);
  });
});

describe('coverage', () => {
  it('needs every word of a short query and most of a long one', () => {
    expect(isGoodCoverage(1, 2)).toBe(false);
    expect(isGoodCoverage(2, 2)).toBe(true);
    expect(isGoodCoverage(3, 5)).toBe(true);
    expect(isGoodCoverage(2, 5)).toBe(false);
    expect(isGoodCoverage(0, 0)).toBe(false);
  });
});

describe('matchOf', () => {
  const content = 'Open Support for Business and enter the Access ID and the Contract ID';
  it('counts the terms found at the match locations and how close together they stand', () => {
    // Words 7 and 8 are "Access ID"; word 11 is "Contract".
    expect(matchOf(['access', 'id'], content, [7, 8])).toEqual({ covered: 2, span: 2 });
    expect(matchOf(['access', 'contract'], content, [7, 11])).toEqual({ covered: 2, span: 5 });
  });

  it('ignores locations whose word stands for no term', () => {
    expect(matchOf(['access'], content, [0, 1, 7])).toEqual({ covered: 1, span: 1 });
  });

  it('finds the smallest window holding every term, wherever the hits are', () => {
    const hits = [
      { location: 0, term: 0 },
      { location: 40, term: 1 },
      { location: 50, term: 0 },
      { location: 52, term: 1 },
    ];
    expect(matchOfHits(hits)).toEqual({ covered: 2, span: 3 });
    expect(matchOfHits([])).toEqual({ covered: 0, span: Number.POSITIVE_INFINITY });
  });
});

describe('ordering', () => {
  it('puts pages with more of the words first, then pages where they stand together', () => {
    const scattered = { covered: 2, span: 30 };
    const together = { covered: 2, span: 2 };
    const more = { covered: 3, span: 40 };
    expect(isTogether(together)).toBe(true);
    expect(isTogether(scattered)).toBe(false);
    expect([scattered, together, more].sort(compareMatches)).toEqual([more, together, scattered]);
  });
});
