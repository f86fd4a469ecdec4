/** Debian's Chromium (browser downloads do not work here), for the browser tests and the benchmarks. */
import { chromium, type LaunchOptions } from 'playwright-core';

export const launchOptions: LaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: true,
  args: '--no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage'.split(
    ' ',
  ),
};

export { chromium };
