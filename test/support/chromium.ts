/** Debian's Chromium (browser downloads do not work here), for the browser tests and the benchmarks. */
import { chromium, type LaunchOptions } from 'playwright-core';

/**
 * Chromium honours only the last --disable-features, so this is Playwright's own list
 * (playwright-core's chromiumSwitches) plus the omnibox popups: headless Chromium builds them as
 * web pages in a renderer of their own for every window, and every browser context is a window.
 * They are the browser's address bar, never part of the page a reader sees.
 */
const disabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
];

export const launchOptions: LaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: true,
  args: [
    ...'--no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage'.split(
      ' ',
    ),
    `--disable-features=${disabledFeatures.join(',')}`,
  ],
};

export { chromium };
