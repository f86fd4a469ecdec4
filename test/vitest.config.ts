/**
 * Unit tests (rules, i18n, content; no build needed) and build tests (over dist/, after
 * `npm run build`). The browser tests run on @playwright/test (playwright.config.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON reports let .ci/run print a plain "N passed, N failed" closing line; `npm test` names
    // each run's report on the command line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // Vitest's default on 2 cores is one worker; the build files mostly wait for `astro build` in a
    // child process, so two files at once keep both cores busy.
    maxWorkers: 2,
    // `npm run test:unit` (part of `npm test`) passes --coverage: the rules and the i18n modules,
    // measured while the unit tests run; the thresholds sit a little under what they reach. The build
    // tests add nothing to it and would only cost CPU.
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
        test: { name: 'build', include: ['test/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 240_000, isolate: false },
      },
    ],
  },
});
