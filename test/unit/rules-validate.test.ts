import { describe, expect, it } from 'vitest';
import { checkProvenance, duplicates, validateRules } from '../../src/rules/validate.ts';

describe('rules validation', () => {
  it('finds nothing wrong with the real rules', () => {
    expect(validateRules()).toEqual([]);
  });

  it('names a rule without provenance, an unknown section and a bad fact id', () => {
    expect(checkProvenance('portals["x"]', undefined)).toEqual(['portals["x"]: no provenance (source.section and source.facts)']);
    expect(checkProvenance('r', { section: 'nowhere' as never, facts: ['F2.3'] })).toEqual(['r: unknown section "nowhere"']);
    expect(checkProvenance('r', { section: 'activate', facts: ['2.3' as never] })).toEqual([
      'r: "2.3" is not a FACTS.md fact id',
    ]);
    expect(checkProvenance('r', { section: 'activate', facts: [] })).toEqual(['r: provenance names no fact']);
  });

  it('finds duplicate ids', () => {
    expect(duplicates(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b']);
  });
});
