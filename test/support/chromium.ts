/**
 * Debian's Chromium (browser downloads do not work here) for the browser tests and the benchmarks:
 * its headless shell (package chromium-headless-shell), the build Playwright itself runs headless.
 * The same Blink as the browser, without a browser window per context: no toolbar, omnibox or
 * profile to build and tear down for each test.
 */
import { chromium, type LaunchOptions } from 'playwright-core';

export const launchOptions: LaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium-headless-shell',
  headless: true,
};

export { chromium };
