/**
 * Three kinds of tests: unit (rules, i18n, content; no build needed), build (over dist/, after
 * `npm run build`), browser (the built site served on 127.0.0.1, driven in Debian's Chromium).
 */
import { defineConfig } from 'vitest/config';
import LongestFirst from './support/sequencer.ts';

export default defineConfig({
  test: {
    // The JSON reports let .ci/run print a plain "N passed, N failed" closing line; `npm test` runs
    // vitest twice (unit tests with coverage, then the rest) and names each report on the command line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // Vitest's default on 2 cores is one worker, one file at a time: the browser files then mostly
    // wait for Chromium and the build files for `astro build`, each in another process, leaving a
    // core idle. Two files at once keep both cores busy; more starve Chromium on a busy machine
    // (its timed waits then fail).
    // Measured: three workers (each with its own Chromium) took longer than two, and timed out.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // `npm run test:unit` (part of `npm test`) passes --coverage: the rules and the i18n modules,
    // measured while the unit tests run; the thresholds sit a little under what they reach. The
    // build and browser tests add nothing to it, and measuring them cost about 5 % more CPU.
    coverage: {
      provider: 'v8',
      include: ['src/rules/**', 'src/i18n/**'],
      reporter: ['text-summary', ['html', { subdir: 'html' }]],
      reportsDirectory: 'test-results/coverage',
      reportOnFailure: true,
      thresholds: { statements: 88, branches: 80, functions: 85, lines: 90 },
    },
    projects: [
      // Unit and build tests only read: they share one module graph per worker instead of
      // re-importing it for every file.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/support/shared-build.ts'],
          testTimeout: 120_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          exclude: ['test/browser/**/*.timing.test.ts'],
          // One module graph per worker: playwright-core and axe-core are imported once, not per file.
          isolate: false,
          globalSetup: ['test/support/browser-setup.ts', 'test/support/shared-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // What a poll waits for (a status line spoken 600 ms after the last key, an animated
          // scroll) can take longer than Vitest's 1 s default on a loaded 2-core machine; a poll
          // still fails when the state never comes.
          expect: { poll: { timeout: 5_000 } },
        },
      },
      // Tests with a time budget for the page's own work (a 25 KB paste: no task over 50 ms, an
      // answer within 1 s) run after all the others and one file at a time: another test file
      // running beside them on a 2-core machine would only measure the machine.
      {
        extends: true,
        test: {
          name: 'timing',
          include: ['test/browser/**/*.timing.test.ts'],
          globalSetup: ['test/support/browser-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
