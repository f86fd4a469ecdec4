/**
 * Reader aids: the English original of a translated section on demand, and the remembered language.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { openPage, urlOf } from '../support/browser.ts';

const translated = locales.filter((locale) => locale.tag !== 'en');

describe.each(translated)('English original in $tag', (locale) => {
  it('shows and hides the same section in English, in place, loading nothing until asked', async () => {
    const { page, errors, close } = await openPage();
    const englishRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/en/')) englishRequests.push(request.url());
    });
    await page.goto(urlOf(`${locale.path}/guide/activate/`));
    expect(englishRequests).toEqual([]);

    const toggle = page.locator('p.english-original').first();
    const translatedText = await page.locator('#sign-in + p.english-original + *').innerText();
    await toggle.locator('a').click();
    const panel = page.locator('#english-original-sign-in');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.getAttribute('lang')).toBe('en');
    expect(await panel.innerText()).toMatch(/Partner Center/);
    expect(await panel.innerText()).not.toContain(translatedText.slice(0, 30));
    expect(englishRequests.length).toBe(1);

    const button = toggle.locator('button');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await page.keyboard.press('Enter');
    expect(await panel.isHidden()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#english-original-sign-in [id]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('without JavaScript the control is a link to the same section of the English page', async () => {
    const { page, close } = await openPage({ javaScriptEnabled: false });
    await page.goto(urlOf(`${locale.path}/guide/activate/`));
    await page.locator('a[data-english-original="activate-the-benefit"]').click();
    await page.waitForURL(/\/en\/guide\/activate\/#activate-the-benefit$/);
    expect(await page.locator('#activate-the-benefit').isVisible()).toBe(true);
    await close();
  });
});

describe('remembered language', () => {
  it('stores nothing until the reader picks a language, then / follows the pick over the browser’s preference', async () => {
    const { page, errors, close } = await openPage({ locale: 'en-US' });
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
    await close();
  });
});
