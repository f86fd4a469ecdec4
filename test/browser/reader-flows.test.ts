/**
 * The reader flows, written once and run in Chromium, Firefox ESR and WebKitGTK (one project per
 * engine in playwright.config.ts): the guide, the header search, the language picker, the English
 * original, the calculator with its URL and Back, the troubleshooting walk, the print button, dark
 * mode and keyboard focus, with and without JavaScript where the page works without it, wide and
 * narrow. The engine-specific checks (axe, layout, timing) stay in the Chromium-only files.
 */
import { urlOf } from '../support/fixtures.ts';
import { expect, test, type Reader } from './engines.ts';

const text = (reader: Reader, selector: string) =>
  reader.evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.innerText ?? ''`);
const count = (reader: Reader, selector: string) =>
  reader.evaluate<number>(`document.querySelectorAll(${JSON.stringify(selector)}).length`);
// A navigation's new address shows before its document is parsed (Firefox): the path counts once
// the page has been read, so what follows a wait for it finds the page's elements.
const path = (reader: Reader) =>
  reader.evaluate<string>(`document.readyState === 'loading' ? '' : location.pathname + location.search`);
/**
 * Polls until `read` gives `expected`; a read that meets a navigation half-way counts as not yet.
 * WebKit's driver, on a core shared with Chromium's workers, can take over 10 s for a form's
 * navigation; a passing flow does not wait the longer bound.
 */
const until = <T>(read: () => Promise<T>, expected: T) =>
  expect.poll(() => read().catch(() => undefined), { timeout: 20_000 }).toEqual(expected);
const withAndWithout = [true, false];

for (const javaScript of withAndWithout) {
  const js = javaScript ? 'with JavaScript' : 'without JavaScript';

  test(`guide: home, a topic, the next page (${js})`, async ({ openReader }) => {
    const reader = await openReader({ javaScript });
    await reader.goto(urlOf('en/'));
    await reader.click('.ways a');
    await until(() => path(reader), '/en/guide/overview/');
    expect(await count(reader, '.sidebar a[aria-current="page"]')).toBe(1);
    expect((await text(reader, 'article.guide-article')).length).toBeGreaterThan(400);
    await reader.click('.pagination a[rel="next"]');
    await until(() => path(reader), '/en/guide/activate/');
  });

  test(`language picker: the same page in another language, narrow (${js})`, async ({ openReader }) => {
    const reader = await openReader({ javaScript, width: 480 });
    await reader.goto(urlOf('pt-br/guide/entitlements/'));
    await reader.click('.language-picker a[hreflang="es-ES"]');
    await until(() => path(reader), '/es-es/guide/entitlements/');
    expect(await reader.evaluate('document.documentElement.lang')).toBe('es-ES');
  });

  test(`English original of a translated section (${js})`, async ({ openReader }) => {
    const reader = await openReader({ javaScript });
    await reader.goto(urlOf('pt-br/guide/activate/'));
    await reader.click('a[data-english-original="sign-in"]');
    if (javaScript) {
      // In place: the section in English under the Portuguese one.
      await until(() => text(reader, '#english-original-sign-in').then((words) => /Partner Center/.test(words)), true);
      expect(await reader.evaluate(`document.querySelector('#english-original-sign-in').lang`)).toBe('en');
      expect(await path(reader)).toBe('/pt-br/guide/activate/');
    } else {
      await until(() => reader.evaluate('location.pathname + location.hash'), '/en/guide/activate/#sign-in');
    }
  });

  test(`troubleshooting walk: two answers to an outcome, Back to the question, narrow (${js})`, async ({ openReader }) => {
    const reader = await openReader({ javaScript, width: 480 });
    const base = '/es-es/troubleshooting/';
    await reader.goto(urlOf(base));
    await reader.click('a[data-tree-answer="access-id-already-associated"]');
    await until(() => path(reader), `${base}access-id-error/`);
    expect(await count(reader, '[data-tree-node="access-id-error"]')).toBe(1);
    await reader.click('a[data-tree-answer="valid"]');
    await until(() => path(reader), `${base}access-id-already-linked/`);
    await until(() => count(reader, '[data-tree-node="access-id-already-linked"]'), 1);
    expect(await count(reader, '[data-tree-steps] > li')).toBeGreaterThan(0);
    await reader.back();
    await until(() => path(reader), `${base}access-id-error/`);
    await until(() => count(reader, '[data-tree-node="access-id-error"]'), 1);
  });

  test(`dark mode follows the system, light otherwise (${js})`, async ({ openReader }) => {
    // The page background's lightness (0 black … 255 white), read from its computed colour.
    const lightness = (reader: Reader) =>
      reader.evaluate<number>(
        `(([r, g, b]) => (r + g + b) / 3)(getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number))`,
      );
    const dark = await openReader({ javaScript, dark: true });
    await dark.goto(urlOf('en/guide/overview/'));
    expect(await lightness(dark)).toBeLessThan(80);
    const light = await openReader({ javaScript, dark: false });
    await light.goto(urlOf('en/guide/overview/'));
    expect(await lightness(light)).toBeGreaterThan(180);
  });
}

test('header search: Ctrl+K, typed words, a result opened by keyboard', async ({ openReader }) => {
  const reader = await openReader();
  const query = 'Support for Business';
  await reader.goto(urlOf('en/guide/overview/'));
  await reader.press('Control+k');
  expect(await reader.evaluate('document.activeElement?.id')).toBe('site-search');
  await reader.type('#site-search', query);
  await until(() => reader.evaluate(`document.querySelector('[data-search-panel]').dataset.query`), query);
  expect(await count(reader, '[data-search-panel] a.hit-link')).toBeGreaterThan(1);
  await reader.press('ArrowDown');
  const first = await reader.evaluate<string>('document.activeElement.pathname');
  expect(first).toMatch(/^\/en\/(guide|troubleshooting)\//);
  await reader.press('Enter');
  await until(() => path(reader), first);
});

test('calculator: answers in the URL, the URL gives the result, Back undoes an answer', async ({ openReader }) => {
  const reader = await openReader();
  const figures = () => count(reader, '[data-result] [data-offer][data-benefit]');
  await reader.goto(urlOf('en/calculator/?offer=action-pack'));
  await until(figures, 2);
  await reader.click('input[value="gold:security"]');
  await until(() => path(reader), '/en/calculator/?offer=action-pack&offer=gold:security');
  await until(figures, 4);
  await reader.click('input[name="product"][value="cloud"]');
  await until(() => path(reader), '/en/calculator/?offer=action-pack&offer=gold:security&product=cloud');
  await reader.back();
  await until(() => path(reader), '/en/calculator/?offer=action-pack&offer=gold:security');
  expect(await reader.evaluate(`document.querySelector('input[name="product"][value="cloud"]').checked`)).toBe(false);
  await reader.back();
  await until(figures, 2);
  // The address alone gives the same result in a new reader.
  const other = await openReader({ width: 480 });
  await other.goto(urlOf('en/calculator/?offer=action-pack&offer=gold:security'));
  await until(() => count(other, '[data-result] [data-offer][data-benefit]'), 4);
});

test('calculator without JavaScript: the full table, and the form writes the answers into the URL', async ({ openReader }) => {
  const reader = await openReader({ javaScript: false });
  await reader.goto(urlOf('en/calculator/'));
  expect(await count(reader, '[data-matrix] [data-offer][data-benefit]')).toBe(30);
  await reader.click('input[value="silver:security"]');
  await reader.click('[data-calculator-form] button[type="submit"]');
  // Each question left on its pre-checked "not answered" choice submits an empty value: not answered.
  await until(() => path(reader), '/en/calculator/?offer=silver%3Asecurity&product=&account=&role=&activated=');
});

test('print button: shown with JavaScript, it opens printing; without JavaScript it is not there', async ({ openReader }) => {
  const page = 'en/troubleshooting/access-id-already-linked/';
  const reader = await openReader();
  await reader.goto(urlOf(page));
  await until(() => reader.evaluate(`document.querySelector('button[data-print]')?.checkVisibility() ?? false`), true);
  // The browser's print dialog would block the driver: the page's print() is replaced by a note.
  await reader.evaluate(`(window.print = () => { window.printed = true }, 0)`);
  await reader.click('button[data-print]');
  await until(() => reader.evaluate('window.printed === true'), true);
  const plain = await openReader({ javaScript: false });
  await plain.goto(urlOf(page));
  expect(await plain.evaluate(`document.querySelector('button[data-print]')?.checkVisibility() ?? false`)).toBe(false);
});

test('keyboard focus: Tab reaches the skip link with a visible focus ring, Enter moves to the content', async ({
  openReader,
}) => {
  const reader = await openReader();
  await reader.goto(urlOf('en/guide/overview/'));
  await reader.press('Tab');
  expect(await reader.evaluate(`document.activeElement.matches('a.skip-link:focus-visible')`)).toBe(true);
  const ring = await reader.evaluate<string>(
    `(({ outlineStyle, outlineWidth }) => outlineStyle + ' ' + outlineWidth)(getComputedStyle(document.activeElement))`,
  );
  expect(ring).not.toMatch(/^none|\b0px$/);
  await reader.press('Enter');
  await until(() => reader.evaluate('location.hash'), '#main');
  await reader.press('Tab');
  expect(await reader.evaluate(`document.activeElement.closest('#main') !== null`)).toBe(true);
});
