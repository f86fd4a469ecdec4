/**
 * The order test files start in. Two workers share two cores, so the run is shortest when the long
 * files start first and neither worker is left alone with one at the end.
 *
 * - The build project goes first: its files are mostly one worker's `astro build`s (bad input,
 *   reproducibility, freshness), which overlap with browser files instead of closing the run.
 * - Within a project, vitest's own timings from earlier runs decide (longest first). A fresh clone
 *   has none, and vitest would then start the largest files first; `longRunning` names the files
 *   that measured long although they are short to read.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that run for 40 s or more on two cores, by the file name's end. */
const longRunning = ['a11y-every-page.test.ts', 'hostile-input.test.ts', 'search-failures.test.ts', 'bad-input.test.ts'];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byVitest = await super.sort(files);
    const timed = files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec) !== undefined);
    // Lower runs first: the group order stays first, then build files, then the known long ones.
    const rank = (spec: TestSpecification) =>
      spec.project.config.sequence.groupOrder * 4 +
      (spec.project.name === 'build' ? 0 : 2) +
      (!timed && longRunning.some((name) => spec.moduleId.endsWith(`/${name}`)) ? 0 : 1);
    // Array sort is stable: vitest's order stands wherever the ranks tie.
    return byVitest.sort((a, b) => rank(a) - rank(b));
  }
}
