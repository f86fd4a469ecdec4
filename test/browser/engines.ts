/**
 * One small interface over the three engines readers use, so the reader flows are written once:
 * Chromium through Playwright, Firefox ESR through puppeteer-core (WebDriver BiDi), WebKitGTK
 * through webdriverio (classic WebDriver → WebKitWebDriver → MiniBrowser under Xvfb); no one runner
 * drives all three here. The `openReader` fixture gives a test a reader in its project's engine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserType } from '@playwright/test';
import { test as base } from '../support/fixtures.ts';
import puppeteer, { type Browser as Firefox } from 'puppeteer-core';
import { remote } from 'webdriverio';

export type Engine = 'chromium' | 'firefox' | 'webkit';
export interface EngineOptions {
  engine: Engine;
}
export interface ReaderOptions {
  javaScript?: boolean;
  dark?: boolean;
  /** CSS pixels; WebKitGTK's MiniBrowser cannot be narrower than 447. */
  width?: number;
}

/** What a reader does, in any engine. Selectors are CSS; keys as Playwright names them ('Control+k'). */
export interface Reader {
  goto(url: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** The value of a JavaScript expression in the page (works with the page's JavaScript off). */
  evaluate<T>(expression: string): Promise<T>;
  back(): Promise<void>;
  close(): Promise<void>;
}

/** An engine's browsers for one worker; `open` gives a fresh reader (no history, storage or cookies). */
interface EngineHost {
  open(options: ReaderOptions): Promise<Reader>;
  stop(): Promise<void>;
}

const height = 900;
const ok = (response: Response) => response.ok;
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
/** Before a driver's click: the element in view at once, not by a smooth scroll the driver would race. */
const reveal = (selector: string) =>
  `document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'center', behavior: 'instant' })`;

async function chromiumHost(type: BrowserType, launchOptions: object): Promise<EngineHost> {
  const browser = await type.launch(launchOptions);
  return {
    async open({ javaScript = true, dark = false, width = 1280 }) {
      const context = await browser.newContext({
        javaScriptEnabled: javaScript,
        colorScheme: dark ? 'dark' : 'light',
        viewport: { width, height },
      });
      const page = await context.newPage();
      return {
        goto: async (url) => void (await page.goto(url)),
        click: (selector) => page.click(selector),
        type: (selector, text) => page.locator(selector).pressSequentially(text),
        press: (key) => page.keyboard.press(key),
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        back: async () => void (await page.goBack()),
        close: () => context.close(),
      };
    },
    stop: () => browser.close(),
  };
}

/** Firefox takes JavaScript and the colour scheme as preferences of the browser: one browser per combination. */
async function firefoxHost(): Promise<EngineHost> {
  const browsers = new Map<string, Promise<Firefox>>();
  const profiles = mkdtempSync(join(tmpdir(), 'firefox-'));
  const launch = (javaScript: boolean, dark: boolean) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: mkdtempSync(join(profiles, 'profile-')),
      extraPrefsFirefox: {
        'javascript.enabled': javaScript,
        'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
      },
    });
  return {
    async open({ javaScript = true, dark = false, width = 1280 }) {
      const key = `${javaScript} ${dark}`;
      if (!browsers.has(key)) browsers.set(key, launch(javaScript, dark));
      const context = await (await browsers.get(key)!).createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      async function click(selector: string): Promise<void> {
        await page.evaluate(reveal(selector));
        const box = await (await page.$(selector))!.boundingBox();
        await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      }
      return {
        goto: async (url) => void (await page.goto(url)),
        // BiDi's element helpers hang with the page's JavaScript off: a real mouse click instead.
        click,
        async type(selector, text) {
          await click(selector);
          await page.keyboard.type(text);
        },
        async press(key) {
          const keys = key.split('+') as Parameters<typeof page.keyboard.down>[0][];
          for (const down of keys) await page.keyboard.down(down);
          for (const up of keys.reverse()) await page.keyboard.up(up);
        },
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        // goBack() also hangs with JavaScript off; the page's own history works either way.
        back: async () => void (await page.evaluate('history.back()')),
        close: () => context.close(),
      };
    },
    async stop() {
      for (const browser of browsers.values()) await (await browser).close();
      rmSync(profiles, { recursive: true, force: true });
    },
  };
}

/** WebKitGTK's MiniBrowser has no headless mode: a private X display (Xvfb), its driver, one session per reader. */
async function webkitHost(): Promise<EngineHost> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = `:${await new Promise<string>((resolve) => xvfb.stdio[3]!.once('data', (data) => resolve(String(data).trim())))}`;
  const env = { ...process.env, DISPLAY: display };
  return {
    async open({ javaScript = true, dark = false, width = 1280 }) {
      const args = ['--automation', ...(javaScript ? [] : ['--enable-javascript=false']), ...(dark ? ['--dark-mode'] : [])];
      // A driver holds one session at a time: one driver per reader.
      const port = await freePort();
      const driver = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
      for (let attempt = 0; !(await fetch(`http://127.0.0.1:${port}/status`).then(ok, () => false)); attempt++) {
        if (attempt > 100 || driver.exitCode !== null)
          throw new Error('WebKitWebDriver did not start: apt-get install -y webkit2gtk-driver xvfb');
        await setTimeout(100);
      }
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        // WebKitGTK's own capability is not in webdriverio's types.
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args,
          },
        } as WebdriverIO.Capabilities,
      });
      await browser.setWindowSize(width, height);
      // Without a window manager focus follows the pointer: on the window, or :focus-visible never matches.
      spawn('xdotool', ['mousemove', '2', '2'], { env, stdio: 'ignore' });
      return {
        goto: async (url) => void (await browser.url(url)),
        async click(selector) {
          await browser.execute(reveal(selector));
          await (await browser.$(selector)).click();
        },
        type: async (selector, text) => void (await (await browser.$(selector)).addValue(text)),
        press: (key) => browser.keys(key.split('+')),
        evaluate: <T>(expression: string) => browser.execute(`return (${expression})`) as Promise<T>,
        back: () => browser.back(),
        async close() {
          await browser.deleteSession();
          driver.kill();
        },
      };
    },
    stop: async () => void xvfb.kill(),
  };
}

export const test = base.extend<
  { openReader: (options?: ReaderOptions) => Promise<Reader> },
  EngineOptions & { engineHost: EngineHost }
>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  engineHost: [
    async ({ engine, playwright, launchOptions }, use) => {
      const host =
        engine === 'firefox'
          ? await firefoxHost()
          : engine === 'webkit'
            ? await webkitHost()
            : await chromiumHost(playwright.chromium, launchOptions);
      await use(host);
      await host.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  openReader: async ({ engineHost }, use) => {
    const readers: Reader[] = [];
    await use(async (options = {}) => {
      readers.push(await engineHost.open(options));
      return readers.at(-1)!;
    });
    for (const reader of readers) await reader.close();
  },
});
export { expect } from '../support/fixtures.ts';
