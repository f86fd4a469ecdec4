/**
 * Search as a reader uses it, in every locale: natural queries (and English error text pasted on a
 * pt-BR or es-ES page) find the right page among the top three, accents are optional, a nonsense
 * word says "no good match" and offers troubleshooting, the header field works from the keyboard,
 * and a page that is only read downloads nothing of the search.
 */
import type { Page } from '@playwright/test';
import { locales, type LocalePath } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { portalMessages } from '../../src/rules/portal-messages.ts';
import { axeViolations, expect, test, urlOf } from '../support/fixtures.ts';
import { pageResults, panelSelector, pastedMessages, resultsSelector, settled, type Expectation } from './search-page.ts';

// The guide section and the troubleshooting pages about each subject.
const accessIdError = [
  'guide/access-id-error/',
  'troubleshooting/access-id-error/',
  'troubleshooting/access-id-already-linked/',
  'troubleshooting/access-id-expired/',
  'troubleshooting/access-id-check-contract/',
];
const notAuthorized = ['guide/activate/', 'troubleshooting/not-authorized/'];
const noBenefits = [
  'guide/activate/',
  'troubleshooting/no-benefits/',
  'troubleshooting/no-active-offer/',
  'troubleshooting/wrong-account/',
];
const remaining = [
  'guide/remaining-incidents/',
  'troubleshooting/remaining-where/',
  'troubleshooting/remaining-check/',
  'troubleshooting/remaining-cloud-portal/',
];
// F7.2 is the #action-pack section of the Azure error page.
const actionPackCloud = ['guide/access-id-error/', 'troubleshooting/cloud-not-included/'];
const supportForBusiness = [
  'guide/product-support/',
  'guide/remaining-incidents/',
  'troubleshooting/request-on-premises/',
  'troubleshooting/remaining-check/',
];
const technicalBenefits = ['guide/activate/', 'troubleshooting/activate-benefits/'];

/** What a reader of any locale may paste or type: the portal's English words. */
const everywhere: Expectation[] = [
  ['This Access ID is already associated to an account', accessIdError],
  ['You are not authorized for this action', notAuthorized],
  ["Looks like you don't have any benefits yet", noBenefits],
  ['Support for Business', supportForBusiness],
];

/** Each language's own words; a locale without an entry is searched with the English ones only. */
const ownWords: Partial<Record<LocalePath, Expectation[]>> = {
  en: [
    ['Azure says my Access ID is already associated', accessIdError],
    ['not authorized', notAuthorized],
    ['no benefits yet', noBenefits],
    ['how many incidents remain', remaining],
    ['Action Pack cloud support', actionPackCloud],
  ],
  'pt-br': [
    ['ID de acesso já está associado a uma conta', accessIdError],
    ['conta não tem permissão', notAuthorized],
    ['ainda não há benefícios', noBenefits],
    ['quantos incidentes restam', remaining],
    ['Action Pack suporte de nuvem', actionPackCloud],
    ['beneficios tecnicos', technicalBenefits],
  ],
  'es-es': [
    ['el identificador de acceso ya está asociado a una cuenta', accessIdError],
    ['no tiene autorización', notAuthorized],
    ['todavía no hay ventajas', noBenefits],
    ['cuántos incidentes me quedan', remaining],
    ['Action Pack soporte en la nube', actionPackCloud],
    ['ventajas tecnicas', technicalBenefits],
  ],
};
const expectations = (path: LocalePath): Expectation[] => [...everywhere, ...(ownWords[path] ?? [])];

/** Queries typed without accents, and the accented word the results must highlight. */
const withoutAccents: [LocalePath, string, string][] = [
  ['pt-br', 'ativacao concluida', 'ativação'],
  ['es-es', 'activacion se completa', 'activación'],
];

const nonsense = 'qzxwvokt';

/** Types a new query into the search page's field and returns the result pages' paths. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-query').fill(query);
  return pageResults(page, query);
}

const isActive = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element === document.activeElement);

for (const locale of locales)
  test.describe(`search in ${locale.tag}`, () => {
    const t = useTranslations(locale.tag, 'search');
    const prefix = `/${locale.path}/`;

    test('finds the expected page among the top three, only in this locale, starting from ?q=', async ({ page, errors }) => {
      const [first, ...rest] = [...expectations(locale.path), ...pastedMessages];
      await page.goto(urlOf(`${locale.path}/search/?q=${encodeURIComponent(first![0])}`));
      const failures: string[] = [];
      for (const [query, answers] of [first!, ...rest]) {
        const found = query === first![0] ? await pageResults(page, query) : await search(page, query);
        const top = found.slice(0, 3);
        if (!answers.some((answer) => top.includes(`${prefix}${answer}`)))
          failures.push(`"${query}" → ${top.join(', ') || 'nothing'}`);
        const elsewhere = found.filter((path) => !path.startsWith(prefix));
        if (elsewhere.length > 0) failures.push(`"${query}" found pages of another locale: ${elsewhere.join(', ')}`);
      }
      expect(failures).toEqual([]);
      expect(new URL(page.url()).searchParams.get('q')).toBe(rest.at(-1)![0]);
      expect(errors).toEqual([]);
    });

    test('shows page, matching section and highlighted excerpt, is axe-clean, and filters by kind', async ({ page, errors }) => {
      const query = 'This Access ID is already associated to an account';
      await page.goto(urlOf(`${locale.path}/search/?q=${encodeURIComponent(query)}`));
      await pageResults(page, query);
      const guideHit = page
        .locator('[data-search-results] .hit')
        .filter({ has: page.locator(`a[href="${prefix}guide/access-id-error/"]`) });
      expect(await guideHit.locator('.hit-kind').innerText()).toBe(t('kind.guide'));
      const sections = await guideHit
        .locator('.hit-sections a')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash));
      expect(sections[0]).toBe('#the-error');
      expect(await guideHit.locator('mark').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('[data-search-page-status]').innerText()).toMatch(/\d/);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });

      for (const kind of ['troubleshooting', 'guide'] as const) {
        await page.getByRole('radio', { name: t(`kind.${kind}`), exact: true }).check();
        await page.waitForURL(new RegExp(`kind=${kind}`));
        await pageResults(page, query, kind);
        const kinds = await page.locator('[data-search-results] .hit-kind').allInnerTexts();
        expect(kinds.length, kind).toBeGreaterThan(0);
        expect(new Set(kinds), kind).toEqual(new Set([t(`kind.${kind}`)]));
      }
      await page.reload();
      await pageResults(page, query, 'guide');
      expect(await page.getByRole('radio', { name: t('kind.guide'), exact: true }).isChecked()).toBe(true);
      expect(errors).toEqual([]);
    });

    test('says "no good match" in the reader\'s language for a nonsense word, on the page and under the header field', async ({
      page,
      errors,
    }) => {
      const message = t('status.noMatch', { query: nonsense });
      await page.goto(urlOf(`${locale.path}/search/?q=${nonsense}`));
      await pageResults(page, nonsense);
      const results = page.locator('[data-search-results]');
      expect(await results.locator('.no-match-title').innerText()).toBe(message);
      await expect.poll(() => page.locator('[data-search-page-status]').innerText()).toBe(message);
      expect(await results.locator('.hit').count()).toBe(0);

      await page.locator('#site-search').fill(nonsense);
      await settled(page, panelSelector, nonsense);
      expect(await page.locator('[data-search-panel] .no-match-title').innerText()).toBe(message);
      await expect.poll(() => page.locator('[data-search-status]').innerText()).toBe(message);
      const link = page.locator('[data-search-panel] a.no-match-link');
      expect(await link.innerText()).toBe(t('noMatch.link'));
      await link.click();
      await page.waitForURL(new RegExp(`/${locale.path}/troubleshooting/$`));
      expect(errors).toEqual([]);
    });

    test('opens the header field with Ctrl+K (not a single key), shows results under it, and moves by keyboard', async ({
      page,
      errors,
    }) => {
      await page.goto(urlOf(`${locale.path}/guide/overview/`));
      const panel = page.locator('[data-search-panel]');
      // A single character is no shortcut (WCAG 2.1.4): "/" leaves focus where it is.
      await page.keyboard.press('/');
      expect(await isActive(page, '#site-search')).toBe(false);
      await page.keyboard.press('Control+k');
      expect(await isActive(page, '#site-search')).toBe(true);
      await page.keyboard.type('Support for Business');
      await settled(page, panelSelector, 'Support for Business');
      expect(await panel.isVisible()).toBe(true);
      await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/\d/);
      const links = panel.locator('a[href]');
      expect(await links.count()).toBeGreaterThan(1);
      const box = (await panel.boundingBox())!;
      const width = page.viewportSize()!.width;
      expect(box.x >= 0 && box.x + box.width <= width, `panel at ${box.x}…${box.x + box.width} of ${width}`).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press('ArrowDown');
      expect(await links.first().evaluate((link) => link === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowDown');
      expect(await links.nth(1).evaluate((link) => link === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await isActive(page, '#site-search')).toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      expect(await panel.isHidden()).toBe(true);
      expect(await isActive(page, '#site-search')).toBe(true);
      await page.keyboard.press('ArrowDown');
      expect(await panel.isVisible()).toBe(true);
      await page.keyboard.press('Escape');

      // Away from the field, Ctrl+K brings the reader back to it; Enter goes to the search page.
      await page.locator('main h1').click();
      await page.keyboard.press('Control+k');
      expect(await isActive(page, '#site-search')).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/${locale.path}/search/\\?q=Support`));
      expect((await pageResults(page, 'Support for Business')).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  });

for (const [path, query, highlighted] of withoutAccents)
  test.describe(`search without accents in ${path}`, () => {
    test(`"${query}" finds and highlights "${highlighted}"`, async ({ page, errors }) => {
      await page.goto(urlOf(`${path}/search/?q=${encodeURIComponent(query)}`));
      expect((await pageResults(page, query)).length).toBeGreaterThan(0);
      const marks = await page.locator('[data-search-results] mark').allInnerTexts();
      expect(marks.map((mark) => mark.toLowerCase())).toContain(highlighted);
      expect(errors).toEqual([]);
    });
  });

test.describe('what search costs a reader who does not search', () => {
  test('a page that is only read, or tabbed through, downloads no search code or index', async ({ page, errors }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(urlOf('en/guide/activate/'));
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    const pagefind = () => requested.filter((path) => path.includes('/pagefind/'));
    const scripts = requested.filter((path) => path.endsWith('.js'));
    expect(pagefind()).toEqual([]);

    // Moving through the header by keyboard focuses the field but downloads no index.
    await page.locator('.site-name').focus();
    for (let step = 0; step < 8; step++) await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(pagefind()).toEqual([]);

    // Typing does, and only the reader's language.
    await page.locator('#site-search').fill('Partner Center');
    await settled(page, panelSelector, 'Partner Center');
    expect(requested.filter((path) => path.endsWith('.js') && !scripts.includes(path)).length).toBeGreaterThan(0);
    expect(pagefind()).toContain(new URL(urlOf('pagefind/pagefind.js')).pathname);
    expect(pagefind().filter((path) => /wasm\./.test(path))).toEqual([new URL(urlOf('pagefind/wasm.en.pagefind')).pathname]);
    expect(errors).toEqual([]);
  });

  /** Fragment files (one per page Pagefind describes) the page has requested so far. */
  function fragmentRequests(page: Page): string[] {
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (/\/pagefind\/fragment\//.test(request.url())) fragments.push(new URL(request.url()).pathname);
    });
    return fragments;
  }

  const shownHits = (page: Page) => page.locator(`${panelSelector} .hit`).count();

  // Pagefind's candidates for these include pages that fail the coverage check: a question with
  // words the guide never uses, and a word of the guide beside an unknown one (no good match).
  const looseQueries: Partial<Record<LocalePath, string[]>> = {
    en: ['my boss says access denied error', 'qzx access'],
    'pt-br': ['meu chefe diz acesso negado erro', 'qzx acesso'],
    'es-es': ['mi jefe dice acceso denegado error', 'qzx acceso'],
  };

  for (const locale of locales)
    test(`a first search in ${locale.tag} downloads a page description only for each hit it shows`, async ({ newPage }) => {
      for (const query of [...(looseQueries[locale.path] ?? []), everywhere[0]![0]]) {
        const { page, errors } = await newPage();
        await page.goto(urlOf(`${locale.path}/guide/activate/`));
        const fragments = fragmentRequests(page);
        await page.locator('#site-search').fill(query);
        await settled(page, panelSelector, query);
        await page.waitForLoadState('networkidle');
        expect(fragments, query).toHaveLength(await shownHits(page));
        expect(errors).toEqual([]);
      }
    });

  // Keys typed by the page's own timers: a busy test machine may delay them, but never past the
  // pause that lets a query download what it shows (their order is fixed).
  for (const [typist, gap] of [
    ['a quick typist', 40],
    ['a steady typist', 150],
  ] as const)
    test(`${typist} downloads page descriptions only for the query they stop at`, async ({ page, errors }) => {
      await page.goto(urlOf('en/guide/activate/'));
      const fragments = fragmentRequests(page);
      const query = 'Access ID already associated';
      await page.locator('#site-search').focus();
      await page.evaluate(
        ([text, gap]) => {
          const field = document.querySelector<HTMLInputElement>('#site-search')!;
          let typed = 0;
          const next = () => {
            field.value = text.slice(0, ++typed);
            field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text[typed - 1]! }));
            if (typed < text.length) setTimeout(next, gap);
          };
          next();
        },
        [query, gap] as const,
      );
      await settled(page, panelSelector, query);
      const hits = await shownHits(page);
      expect(hits).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      expect(fragments).toHaveLength(hits);
      expect(errors).toEqual([]);
    });

  test('a "/" or Ctrl+K typed in another field stays in that field', async ({ page, errors }) => {
    await page.goto(urlOf('en/search/'));
    await page.locator('#site-search').focus();
    await page.keyboard.type('a/b');
    await page.keyboard.press('Control+k');
    expect(await isActive(page, '#site-search')).toBe(true);
    expect(await page.locator('#site-search').inputValue()).toBe('a/b');
    expect(await page.locator('#search-query').inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});

for (const locale of locales.filter((locale) => locale.tag !== 'en'))
  test.describe(`English words in results on ${locale.tag} pages`, () => {
    test('marks a quoted portal message lang="en" in the panel and on the search page', async ({ page, errors }) => {
      const message = portalMessages['not-authorized'].text;
      await page.goto(urlOf(`${locale.path}/search/?q=${encodeURIComponent(message)}`));
      await pageResults(page, message);
      const english = (selector: string) =>
        page.locator(`${selector} [lang="en"]`).evaluateAll((nodes) => nodes.map((node) => node.textContent).join(''));
      expect(await english(resultsSelector)).toMatch(/not\s+authorized/);
      await page.locator('#site-search').fill(message);
      await settled(page, panelSelector, message);
      expect(await english(panelSelector)).toMatch(/not\s+authorized/);
      expect(errors).toEqual([]);
    });
  });
