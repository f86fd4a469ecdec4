/**
 * A fourth locale is a data change, and a page not translated yet is published in English. A copy
 * of the project gets German: one entry in the locale map, `locales/de-DE/` (the English strings
 * copied) and a `content/de-de/` with one of the guide's pages translated. With the project's
 * default setting the build stops naming each missing page; with REQUIRE_FULL_TRANSLATION=false the
 * copy passes the same gates as the project (`astro check`, the build, the unit tests) and
 * publishes the whole site in German, the missing pages in English with a notice, listed on the
 * translations page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { guideFileOf, guideSlugsOf } from '../support/guide-sources.ts';
import { projectRoot } from '../support/paths.ts';
import { stampTranslation } from '../../src/content/freshness.ts';
import { portalMessages } from '../../src/rules/portal-messages.ts';

const translated = 'overview';
const germanTitle = 'Überblick über die Leistungen';
const germanGroup = 'Support-Leistungen';
const slugs = guideSlugsOf();

let copy: ProjectCopy;
type Run = { status: number | null; output: string };
let strictBuild: Run;
let partialBuild: Run;
let typeCheck: Run;
let unitTests: Run;

/** Runs a tool of the copy's node_modules in the copy, as its npm scripts would. */
function runInCopy(args: string[], env: Record<string, string> = {}): Run {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|SITE$|ASSETS_PREFIX$)/.test(name)),
  );
  const result = spawnSync(process.execPath, args, {
    cwd: copy.root,
    encoding: 'utf8',
    env: { ...inherited, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function page(path: string): HTMLElement {
  return parse(readFileSync(join(copy.root, 'dist', path, 'index.html'), 'utf8'));
}

/** Built pages below a locale folder, without the folder (`guide/activate/index.html`). */
function builtBelow(folder: string): string[] {
  const root = join(copy.root, 'dist', folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

beforeAll(() => {
  copy = copyProject();
  copy.edit('src/i18n/locales.ts', (text) =>
    text.replace(
      /(\n  \{ path: 'es-es'.*\n)/,
      `$1  { path: 'de-de', tag: 'de-DE', label: 'Deutsch (Deutschland)', dateFormat: { day: '2-digit', month: '2-digit', year: 'numeric' } },\n`,
    ),
  );
  // UI strings: English words under the German tag are enough to prove the plumbing.
  cpSync(join(copy.root, 'locales', 'en'), join(copy.root, 'locales', 'de-DE'), { recursive: true });
  // English takes its portal wording from the rules; a translation words each message itself.
  const germanWords = join(copy.root, 'locales', 'de-DE', 'troubleshooting.json');
  const words = JSON.parse(readFileSync(germanWords, 'utf8'));
  for (const [id, { text }] of Object.entries(portalMessages)) words.message[id] = { wording: text, ...words.message[id] };
  writeFileSync(germanWords, `${JSON.stringify(words, null, 2)}\n`);
  // The tests come along: the copy runs the project's own gates.
  cpSync(join(projectRoot, 'test'), join(copy.root, 'test'), { recursive: true });
  const englishFile = guideFileOf('en', translated);
  const group = englishFile.split('/')[2]!;
  mkdirSync(join(copy.root, 'content', 'de-de', group), { recursive: true });
  writeFileSync(join(copy.root, 'content', 'de-de', group, '_group.yaml'), `order: 1\nlabel: ${germanGroup}\n`);
  const english = readFileSync(join(projectRoot, englishFile), 'utf8');
  writeFileSync(
    join(copy.root, 'content', 'de-de', group, `${translated}.mdx`),
    stampTranslation(english, english).replace(/^title: .*$/m, `title: ${germanTitle}`),
  );
  strictBuild = copy.build();
  partialBuild = copy.build({ REQUIRE_FULL_TRANSLATION: 'false' });
  typeCheck = runInCopy(['node_modules/astro/bin/astro.mjs', 'check'], { REQUIRE_FULL_TRANSLATION: 'false' });
  // A roomier time limit and retries than the project's: the unit tests' timing checks run here
  // while other builds share the machine; a failure that is not about time fails every try.
  const unit = ['--project', 'unit', '--testTimeout=60000', '--retry=2'];
  unitTests = runInCopy(['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/vitest.config.ts', ...unit]);
}, 1_500_000);

afterAll(() => copy?.dispose());

describe('a fourth locale with a partial translation', () => {
  it('stops the build by default, naming every page the new locale lacks', () => {
    expect(strictBuild.status).not.toBe(0);
    for (const slug of slugs.filter((candidate) => candidate !== translated)) {
      expect(strictBuild.output).toContain(
        `content/de-de/${guideFileOf('en', slug).split('/').slice(2).join('/')}:1:1 — is missing (exists in en)`,
      );
    }
  });

  it('passes astro check (types of the site, its tests and the locale map)', () => {
    expect(typeCheck.status, typeCheck.output.slice(-3000)).toBe(0);
    expect(typeCheck.output).toMatch(/0 errors/);
  });

  it('passes every unit test', () => {
    expect(unitTests.status, unitTests.output.slice(-3000)).toBe(0);
    expect(unitTests.output).toMatch(/Tests\s+\d+ passed/);
  });

  it('builds with REQUIRE_FULL_TRANSLATION=false, warning about each page published in English', () => {
    expect(partialBuild.status, partialBuild.output.slice(-3000)).toBe(0);
    expect(partialBuild.output).toContain('published in English until translated: content/de-de/');
  });

  it('publishes every page the English site has under /de-de/, with lang="de-DE"', () => {
    expect(builtBelow('de-de')).toEqual(builtBelow('en'));
    for (const slug of slugs) expect(page(`de-de/guide/${slug}`).querySelector('html')?.getAttribute('lang')).toBe('de-DE');
  });

  it('shows a missing page in English with a notice, and the translated page in German without one', () => {
    const missing = page(`de-de/guide/${slugs.find((slug) => slug !== translated)}`);
    expect(missing.querySelector('article')?.getAttribute('lang')).toBe('en');
    expect(missing.querySelector('[data-untranslated]')?.getAttribute('lang')).toBe('de-DE');
    // Its components speak English too: no "English original" offered on a page that is English.
    expect(missing.querySelectorAll('[data-english-original]')).toEqual([]);
    // The frame around it stays the reader's: the header's search goes to the German search page.
    expect(missing.querySelector('.site-header form')?.getAttribute('action')).toBe('/de-de/search/');
    expect(JSON.parse(missing.querySelector('#search-config')?.text ?? '{}')).toMatchObject({ lang: 'de-DE' });
    const own = page(`de-de/guide/${translated}`);
    expect(own.querySelector('article')?.getAttribute('lang')).toBeUndefined();
    expect(own.querySelector('[data-untranslated]')).toBeNull();
    expect(own.querySelectorAll('[data-english-original]').length).toBeGreaterThan(0);
    expect(own.querySelector('h1')?.text).toBe(germanTitle);
    expect(own.querySelector('.sidebar summary')?.text).toBe(germanGroup);
  });

  it('links every page to its German counterpart with hreflang, and lists German pages in the sitemap', () => {
    for (const path of ['en/', `en/guide/${translated}/`, 'pt-br/calculator/']) {
      const alternates = page(path).querySelectorAll('link[rel="alternate"]');
      const german = alternates.find((link) => link.getAttribute('hreflang') === 'de-DE');
      expect(german?.getAttribute('href'), path).toMatch(new RegExp(`/de-de/${path.slice(path.indexOf('/') + 1)}$`));
    }
    const sitemap = readdirSync(join(copy.root, 'dist'))
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(join(copy.root, 'dist', file), 'utf8'))
      .join('');
    expect(sitemap).toContain(`/de-de/guide/${translated}/</loc>`);
    expect(sitemap).toContain('hreflang="de-DE"');
  });

  it('has a German search index with every German page, the ones shown in English included', () => {
    const entry = JSON.parse(readFileSync(join(copy.root, 'dist', 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['de-de']?.page_count).toBe(entry.languages['en']?.page_count);
  });

  it('lists every German page on the translations page: the translated one current, the others missing', () => {
    for (const path of ['de-de/translations/', 'en/translations/']) {
      const rows = page(path).querySelectorAll('tr[data-page^="de-de/"]');
      const statuses = Object.fromEntries(rows.map((row) => [row.getAttribute('data-page'), row.getAttribute('data-status')]));
      expect(statuses, path).toEqual(
        Object.fromEntries(slugs.map((slug) => [`de-de/${slug}`, slug === translated ? 'current' : 'missing'])),
      );
    }
  });

  it('offers German in the language picker and on the guide index', () => {
    expect(page('en/').querySelector('.language-picker a[hreflang="de-DE"]')).not.toBeNull();
    const index = page('de-de/guide/');
    expect(index.querySelectorAll('main a').map((link) => link.getAttribute('href'))).toEqual(
      slugs.map((slug) => `/de-de/guide/${slug}/`).sort((a, b) => order(a) - order(b)),
    );
  });
});

/** Reading order of an English page, from the built English guide index. */
function order(href: string): number {
  const english = page('en/guide/')
    .querySelectorAll('main a')
    .map((link) => link.getAttribute('href')!.replace('/en/', '/de-de/'));
  return english.indexOf(href);
}
