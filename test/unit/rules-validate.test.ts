import { describe, expect, it } from 'vitest';
import { checkSource, duplicates, validateRules } from '../../src/rules/validate.ts';

describe('rules validation', () => {
  it('finds nothing wrong with the real rules', () => {
    expect(validateRules()).toEqual([]);
  });

  it('names a rule without a source, an unknown section, a malformed anchor and a bad fact id', () => {
    expect(checkSource('portals["x"]', undefined)).toEqual([
      'portals["x"]: no source (source.section, source.anchor and source.facts)',
    ]);
    expect(checkSource('r', { section: 'nowhere' as never, anchor: 'sign-in', facts: ['F2.3'] })).toEqual([
      'r: unknown section "nowhere"',
    ]);
    expect(checkSource('r', { section: 'activate', anchor: '#Sign In', facts: ['F2.3'] })).toEqual([
      'r: "#Sign In" is not a section anchor',
    ]);
    expect(checkSource('r', { section: 'activate', anchor: 'sign-in', facts: ['2.3' as never] })).toEqual([
      'r: "2.3" is not a FACTS.md fact id',
    ]);
    expect(checkSource('r', { section: 'activate', anchor: 'sign-in', facts: [] })).toEqual(['r: source names no fact']);
  });

  it('finds duplicate ids', () => {
    expect(duplicates(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b']);
  });
});
