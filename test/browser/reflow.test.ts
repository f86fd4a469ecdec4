/**
 * Reflow (WCAG 1.4.10) and text spacing (1.4.12), in each locale: every kind of page, at 320×640
 * and at 1280×1024 zoomed to 400% (a 320 × 256 CSS-pixel viewport at four device pixels per CSS
 * pixel), scrolls only vertically, and the tree map's labels are at least 12 px high or the tree is
 * shown as a list; wide tables scroll inside their own box. With the WCAG text
 * spacing applied, no text is cut off by a box that hides its overflow, and no label of the tree
 * map runs out of its box.
 */
import type { Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';

const fullResult =
  '?offer=action-pack&offer=silver:other&offer=gold:cloud-platform&product=cloud&account=csp-only&role=other-role&activated=unsure';

/** Every page type, with what must be on screen before it is measured. */
const pageKinds = (path: string) => [
  { name: 'home', url: `${path}/`, ready: 'main h1' },
  { name: 'guide', url: `${path}/guide/entitlements/`, ready: 'main h1' },
  { name: 'calculator, empty', url: `${path}/calculator/`, ready: '[data-result-body] > :last-child' },
  { name: 'calculator, full result', url: `${path}/calculator/${fullResult}`, ready: '[data-result] table' },
  { name: 'troubleshooting question', url: `${path}/troubleshooting/`, ready: '[data-tree-node]' },
  { name: 'troubleshooting outcome', url: `${path}/troubleshooting/access-id-already-linked/`, ready: '[data-tree-steps]' },
  { name: 'troubleshooting map', url: `${path}/troubleshooting/map/`, ready: '.tree-list' },
  { name: 'search with results', url: `${path}/search/?q=Access%20ID`, ready: '[data-search-results]:not([hidden]) li' },
  { name: 'translations', url: `${path}/translations/`, ready: 'main h1' },
  { name: 'not found', url: `${path}/404/`, ready: 'main h1' },
];

const narrow = { name: '320×640', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 };
const views = [narrow, { name: '1280×1024 at 400%', viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 }];

/** The WCAG 1.4.12 text spacing. */
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/**
 * What sticks out to the right of the viewport: the page's scroll width, and the visible elements
 * that reach past the viewport without a scrolling box around them.
 */
function overflow(page: Page): Promise<{ scrollWidth: number; width: number; offenders: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    const offenders: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      let ancestor = element.parentElement;
      while (ancestor && ancestor !== document.body && !scrolls(ancestor)) ancestor = ancestor.parentElement;
      if (ancestor && ancestor !== document.body) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
      offenders.push(`${name} right=${Math.round(box.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, offenders: offenders.slice(0, 5) };
  });
}

/** Text cut off: boxes that hide overflow while their content is larger, and map labels outside their box. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('.visually-hidden, [hidden], svg, template')) continue;
      const style = getComputedStyle(element);
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
      if (element.getClientRects().length === 0 || !element.textContent?.trim()) continue;
      if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 40)}`);
      }
    }
    for (const group of document.querySelectorAll('[data-tree-diagram-node]')) {
      const rect = group.querySelector('rect');
      if (!rect || rect.getClientRects().length === 0) continue;
      const right = rect.getBoundingClientRect().right;
      for (const text of group.querySelectorAll('text.label')) {
        if (text.getBoundingClientRect().right > right + 0.5) found.push(`map label: ${text.textContent}`);
      }
    }
    return found;
  });
}

/**
 * The tree map's labels under 12 px high, and whether the same tree is there as a list of links
 * (whether or not the picture is shown, the list must be).
 */
async function unreadableMap(page: Page): Promise<string[]> {
  const labelHeights = await page
    .locator('[data-tree-diagram] text.label')
    .evaluateAll((texts) =>
      texts.filter((text) => text.getClientRects().length > 0).map((text) => text.getBoundingClientRect().height),
    );
  const found = labelHeights.filter((height) => height < 12).map((height) => `map label ${height} px high`);
  if (!(await page.locator('.tree-list').isVisible())) found.push('no tree list');
  if ((await page.locator('.tree-list a').count()) <= 5) found.push('the tree list lacks links');
  return found;
}

/**
 * The WCAG 1.4.12 text spacing, as a reader's style sheet would apply it: a constructed style sheet,
 * which the site's policy (style-src 'self') leaves alone, so the page keeps its policy.
 */
async function applyTextSpacing(page: Page): Promise<void> {
  const wordSpacing = await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return getComputedStyle(document.body).wordSpacing;
  }, textSpacing);
  // In force: 0.16 em of the body's font size.
  expect(parseFloat(wordSpacing)).toBeGreaterThan(1);
}

/** A wide table's scrolling box: it scrolls at 320 px, the keyboard can scroll it, and axe finds nothing there. */
async function keyboardScrolls(page: Page, selector: string): Promise<void> {
  const box = page.locator(selector).first();
  await box.locator('table').waitFor();
  const sizes = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
  expect(sizes.scroll, selector).toBeGreaterThan(sizes.client);
  // A scrolling box must be focusable, or keyboard users cannot scroll it (axe: scrollable-region-focusable).
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);
}

/** The boxes of wide tables, on the kinds of page that have one. */
const tableBoxes: Record<string, string> = {
  guide: 'main .table-scroll',
  'calculator, full result': '[data-result] .table-scroll',
};

for (const locale of locales)
  test.describe(`reflow in ${locale.tag}`, () => {
    const kinds = pageKinds(locale.path);
    const map = kinds.find((kind) => kind.name === 'troubleshooting map');
    const chooser = { name: 'language chooser', url: '', ready: 'main' };

    for (const view of views) {
      const atNarrow =
        view === narrow ? '; with WCAG text spacing nothing is cut off, and wide tables scroll in their own box by keyboard' : '';
      test(`no horizontal scrolling at ${view.name} on any kind of page, and a readable tree map${atNarrow}`, async ({
        newPage,
      }) => {
        // A language the chooser at / does not offer, so / stays put and is measured too.
        const { page, errors } = await newPage({
          viewport: view.viewport,
          deviceScaleFactor: view.deviceScaleFactor,
          locale: 'de-DE',
        });
        const failures: string[] = [];
        const tablesScrolled: string[] = [];
        for (const kind of [...kinds, chooser]) {
          await page.goto(urlOf(kind.url));
          await page.locator(kind.ready).first().waitFor();
          const { scrollWidth, width, offenders } = await overflow(page);
          if (scrollWidth > width || offenders.length > 0)
            failures.push(`${kind.name}: ${scrollWidth}px wide; ${offenders.join(', ')}`);
          if (kind === map) failures.push(...(await unreadableMap(page)));
          if (view !== narrow || kind === chooser) continue;
          const table = tableBoxes[kind.name];
          if (table) {
            await keyboardScrolls(page, table);
            tablesScrolled.push(kind.name);
          }
          await applyTextSpacing(page);
          const spaced = await overflow(page);
          if (spaced.scrollWidth > spaced.width || spaced.offenders.length > 0)
            failures.push(`${kind.name} with text spacing: ${spaced.scrollWidth}px wide; ${spaced.offenders.join(', ')}`);
          for (const cut of await clipped(page)) failures.push(`${kind.name} with text spacing: ${cut}`);
        }
        expect(failures).toEqual([]);
        expect(tablesScrolled).toEqual(view === narrow ? Object.keys(tableBoxes) : []);
        expect(errors).toEqual([]);
      });
    }

    test('the tree map keeps its labels inside their boxes with WCAG text spacing on a wide screen', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 1024 });
      await page.goto(urlOf(`${locale.path}/troubleshooting/map/`));
      expect(await page.locator('[data-tree-diagram]').isVisible()).toBe(true);
      await applyTextSpacing(page);
      expect(await clipped(page)).toEqual([]);
    });
  });
