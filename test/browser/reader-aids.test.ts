/**
 * Reader aids: the English original of a translated section on demand (also when the English page
 * fails — each way of failing in one locale — is slow, is another page or is hostile), and the
 * remembered language.
 */
import type { Route } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';

const translated = locales.filter((locale) => locale.tag !== 'en');

/** Console lines a failed fetch prints by itself (the page handles the failure). */
const pageErrors = (errors: string[]) => errors.filter((error) => !/Failed to load resource|net::ERR_/.test(error));

/** What the English page request may answer instead of the page: each must end in the prepared message. */
const failures: [name: string, answer: (route: Route) => Promise<void>][] = [
  ['a server error', (route) => route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>Server error</h1>' })],
  ['an aborted request', (route) => route.abort('connectionreset')],
  ['garbage', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '\u0000\u00ff{"not": "html"' })],
  ['not HTML', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"sign-in": 1}' })],
  [
    "another page's HTML",
    async (route) => {
      const other = await route.fetch({ url: urlOf('en/guide/overview/') });
      await route.fulfill({ response: other });
    },
  ],
  [
    'the section missing',
    async (route) => {
      const real = await route.fetch();
      await route.fulfill({ response: real, body: (await real.text()).replaceAll('id="sign-in"', 'id="elsewhere"') });
    },
  ],
];

for (const [index, locale] of translated.entries())
  test.describe(`English original in ${locale.tag}`, () => {
    const t = useTranslations(locale.tag);
    const englishPage = `**/en/guide/activate/`;

    test('shows and hides the same section in English, in place, loading nothing until asked', async ({ page, errors }) => {
      const englishRequests: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/en/')) englishRequests.push(request.url());
      });
      await page.goto(urlOf(`${locale.path}/guide/activate/`));
      expect(englishRequests).toEqual([]);

      // Each section's control is told apart by its heading; the words stay the same once opened.
      const names = await page.locator('p.english-original a').evaluateAll((links) =>
        links.map((link) =>
          link
            .getAttribute('aria-labelledby')!
            .split(' ')
            .map((id) => document.getElementById(id)!.textContent!.trim())
            .join(' '),
        ),
      );
      expect(names.length).toBeGreaterThan(1);
      expect(new Set(names).size).toBe(names.length);
      const heading = await page.locator('h2#sign-in').innerText();

      const toggle = page.locator('p.english-original').first();
      const translatedText = await page.locator('#sign-in + english-original + *').innerText();
      await toggle.locator('a').click();
      const panel = page.locator('#english-original-sign-in');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.getAttribute('lang')).toBe('en');
      expect(await panel.innerText()).toMatch(/Partner Center/);
      expect(await panel.innerText()).not.toContain(translatedText.slice(0, 30));
      expect(englishRequests.length).toBe(1);

      const button = page.getByRole('button', { name: `${t('englishOriginal.show')} ${heading}`, exact: true });
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await panel.isHidden()).toBe(true);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await button.innerText()).toBe(t('englishOriginal.show'));
      await page.keyboard.press('Enter');
      expect(await panel.isVisible()).toBe(true);
      expect(await page.locator('#english-original-sign-in [id]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    // The message is the same whatever failed: each locale takes its share of the failures.
    for (const [name, answer] of failures.filter((_, failure) => failure % translated.length === index))
      test(`on ${name} shows the prepared message with the link, and stays on the page`, async ({ page, errors }) => {
        await page.route(englishPage, answer);
        const address = urlOf(`${locale.path}/guide/activate/`);
        await page.goto(address);
        await page.locator('a[data-english-original="sign-in"]').click();
        const message = page.locator('p.english-original .english-original-status.is-failed').first();
        await expect.poll(() => message.isVisible()).toBe(true);
        expect(await message.innerText()).toBe(t('englishOriginal.failed'));
        expect(page.url()).toBe(address);
        expect(await page.locator('#english-original-sign-in').count()).toBe(0);
        // The link is still there, now a plain link to the English section.
        const link = page.locator('#english-original-link-sign-in');
        expect(await link.getAttribute('href')).toMatch(/\/en\/guide\/activate\/#sign-in$/);
        // Every failure ends in the same state: axe checks it once per locale.
        if (name === failures[index]![0]) expect(await axeViolations(page)).toEqual([]);
        expect(pageErrors(errors)).toEqual([]);
      });

    test('makes one request however often it is clicked, and shows that it is loading', async ({ page, errors }) => {
      let requests = 0;
      await page.route(englishPage, async (route) => {
        requests++;
        const real = await route.fetch();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.fulfill({ response: real });
      });
      await page.goto(urlOf(`${locale.path}/guide/activate/`));
      const link = page.locator('a[data-english-original="sign-in"]');
      await link.click();
      await link.click();
      await link.click();
      const loading = page.locator('p.english-original .english-original-status.is-loading');
      await expect.poll(() => loading.isVisible()).toBe(true);
      expect(await loading.innerText()).toBe(t('englishOriginal.loading'));
      await expect.poll(() => page.locator('#english-original-sign-in').isVisible(), { timeout: 5000 }).toBe(true);
      expect(await loading.count()).toBe(0);
      expect(await page.locator('.english-original-text').count()).toBe(1);
      expect(await page.locator('#english-original-link-sign-in').count()).toBe(1);
      expect(requests).toBe(1);
      expect(errors).toEqual([]);
    });

    test('copies only text elements from a hostile English page', async ({ page, errors }) => {
      const hostile = [
        '<p>Kept paragraph <em>kept</em> <a href="https://partner.microsoft.com/">kept link</a>',
        ' <a href="javascript:alert(1)">script link</a> <a href="/en/guide/overview/">site link</a></p>',
        '<script>window.hostile = 1</script><iframe src="https://example.org/"></iframe>',
        '<form action="https://example.org/"><input name="x"><button>Send</button></form>',
        '<style>body { display: none }</style><img src="x" onerror="window.hostile = 2">',
        '<div onclick="window.hostile = 3" style="color: red"><p onmouseover="window.hostile = 4">Wrapped text</p></div>',
        '<table><tr><th scope="col" onclick="x()">Head</th></tr><tr><td>Cell</td></tr></table>',
      ].join('');
      await page.route(englishPage, async (route) => {
        const real = await route.fetch();
        const body = (await real.text()).replace(/(<h2[^>]*id="sign-in"[^>]*>.*?<\/h2>)/s, `$1${hostile}`);
        await route.fulfill({ response: real, body });
      });
      await page.goto(urlOf(`${locale.path}/guide/activate/`));
      await page.locator('a[data-english-original="sign-in"]').click();
      const panel = page.locator('#english-original-sign-in');
      await expect.poll(() => panel.isVisible()).toBe(true);
      const text = await panel.innerText();
      for (const words of ['Kept paragraph', 'kept link', 'Wrapped text', 'Head', 'Cell']) expect(text).toContain(words);
      expect(
        await panel
          .locator('script, iframe, form, input, button, style, img, div, [style], [class]:not(.english-original-title)')
          .count(),
      ).toBe(0);
      const attributes = await panel.evaluate((element) =>
        [...element.querySelectorAll('*')].flatMap((node) => node.getAttributeNames().filter((name) => name.startsWith('on'))),
      );
      expect(attributes).toEqual([]);
      const hrefs = await panel.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toContain('https://partner.microsoft.com/');
      expect(hrefs).toContain(urlOf('en/guide/overview/'));
      expect(hrefs.filter((href) => href !== null && !/^https?:/.test(href))).toEqual([]);
      expect(await panel.locator('a:not([href])').innerText()).toBe('script link');
      expect(await panel.locator('th').getAttribute('scope')).toBe('col');
      expect(await page.evaluate(() => (window as unknown as { hostile?: number }).hostile)).toBeUndefined();
      // Chromium's parser reports the handlers and styles it refuses while parsing the response (the
      // parsed document inherits the page's CSP); none of them is copied, as checked above.
      expect(errors.filter((error) => !error.includes('Content Security Policy'))).toEqual([]);
    });

    test('without JavaScript the control is a link to the same section of the English page', async ({ newPage }) => {
      const { page } = await newPage({ javaScriptEnabled: false });
      await page.goto(urlOf(`${locale.path}/guide/activate/`));
      await page.locator('a[data-english-original="activate-the-benefit"]').click();
      await page.waitForURL(/\/en\/guide\/activate\/#activate-the-benefit$/);
      expect(await page.locator('#activate-the-benefit').isVisible()).toBe(true);
    });
  });

test.describe('remembered language', () => {
  test('stores nothing until the reader picks a language, then / follows the pick over the browser’s preference', async ({
    newPage,
  }) => {
    const { page, errors } = await newPage({ locale: 'en-US' });
    await page.goto(urlOf(''));
    await page.waitForURL(/\/en\/$/);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.locator('.language-picker a[hreflang="es-ES"]').click();
    await page.waitForURL(/\/es-es\/$/);
    await page.goto(urlOf(''));
    await page.waitForURL(/\/es-es\/$/);

    // The picker always wins: picking another language changes where / goes.
    await page.locator('.language-picker a[hreflang="pt-BR"]').click();
    await page.waitForURL(/\/pt-br\/$/);
    await page.goto(urlOf(''));
    await page.waitForURL(/\/pt-br\/$/);
    expect(errors).toEqual([]);
  });
});
