/** When a query counts as settled, so it downloads the pages it shows (src/islands/search/controller.ts). */
import { describe, expect, it } from 'vitest';
import { fragmentPause, longestFragmentPause, settlingPause } from '../../src/islands/search/controller.ts';

describe('settlingPause', () => {
  it('waits twice the reader’s usual gap between keys, so a slower typist’s words in between download nothing', () => {
    expect(settlingPause([150, 140, 160, 150])).toBe(300);
    expect(settlingPause([100, 120, 110, 110])).toBe(220);
  });

  it('waits the shortest pause for a first key or a quick typist, and never longer than the longest', () => {
    expect(settlingPause([])).toBe(fragmentPause);
    expect(settlingPause([30, 40, 35])).toBe(fragmentPause);
    expect(settlingPause([250, 260, 270, 290])).toBe(longestFragmentPause);
  });

  it('takes keys that reach a busy page late, then all at once, at the pace they were typed', () => {
    expect(settlingPause([290, 20, 15, 35])).toBe(180);
  });

  it('does not take a stop for the reader’s pace: a paste after reading waits the shortest pause', () => {
    expect(settlingPause([2000])).toBe(fragmentPause);
    expect(settlingPause([120, 110, 2000, 130])).toBe(240);
  });
});
