/**
 * Golden searches for the portal messages: in every locale, a reader who types the message (in
 * English, in the locale's wording, or the short forms people type: participles, nouns, without
 * accents) finds the troubleshooting step for it among the first three results. Runs Pagefind's
 * own search code (dist/pagefind/pagefind.js) in Node over the built index, reading files from dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { locales, type Locale, type LocaleTag } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { portalMessages, type PortalMessageId } from '../../src/rules/portal-messages.ts';
import { troubleshootingTree as tree } from '../../src/rules/troubleshooting.ts';
import { distDir } from '../support/paths.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/**
 * Per language and message, the short forms readers type (participles, nouns, without accents). Every
 * message is also searched by the portal's English text and by the locale's wording, in every locale.
 */
const typed: Partial<Record<LocaleTag, Partial<Record<PortalMessageId, string[]>>>> = {
  en: {
    'not-authorized': ['not authorized', 'authorization'],
    'no-benefits-yet': ["don't have any benefits", 'no benefits yet'],
    'access-id-already-associated': ['already associated', 'access id already associated'],
  },
  'pt-BR': {
    'not-authorized': ['não autorizado', 'nao autorizado', 'autorização', 'autorizacao'],
    'no-benefits-yet': ['ainda não tem nenhum benefício', 'nenhum benefício', 'nenhum beneficio'],
    'access-id-already-associated': ['ID de acesso já está associado a uma conta', 'já associado', 'ja associado'],
  },
  'es-ES': {
    'not-authorized': ['no autorizado', 'no esta autorizado', 'autorización', 'autorizacion'],
    'no-benefits-yet': ['todavía no tiene ninguna ventaja', 'ninguna ventaja', 'todavia no tiene ventajas'],
    'access-id-already-associated': ['identificador de acceso ya está asociado', 'ya asociado', 'ya esta asociado'],
  },
};

/** What a reader of the locale types for a message: the English text, the locale's wording, the short forms. */
function queriesFor(locale: Locale, id: PortalMessageId): string[] {
  const wording = useTranslations(locale.tag, 'troubleshooting')(`message.${id}.wording`);
  return [...new Set([portalMessages[id].text, wording, ...(typed[locale.tag]?.[id] ?? [])])];
}

/** The troubleshooting pages that answer a message: the outcomes explaining it, the question it leads to. */
function answersTo(locale: Locale, id: PortalMessageId): string[] {
  const nodes = Object.entries(tree.nodes).flatMap(([nodeId, node]) => {
    if (node.kind === 'outcome') return node.explains === id ? [nodeId] : [];
    return node.answers.filter((answer) => answer.message === id).map((answer) => answer.next);
  });
  return nodes.map((node) => `/${locale.path}/troubleshooting/${node}/`);
}

// pagefind.js is browser code: it reads <html lang> to pick its index and fetches its files.
const globals = globalThis as Record<string, unknown>;
let lang = 'en';
const bundle = pathToFileURL(join(distDir, 'pagefind', 'pagefind.js')).href;

beforeAll(async () => {
  globals['document'] = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  globals['window'] = { location: { href: 'http://127.0.0.1/', origin: 'http://127.0.0.1' } };
  globals['location'] = (globals['window'] as { location: unknown }).location;
  const realFetch = globalThis.fetch;
  globals['originalFetch'] = realFetch;
  globalThis.fetch = async (url: string | URL | Request) =>
    new Response(await readFile(fileURLToPath(new URL(String(url), pathToFileURL(`${distDir}/`)))));
});

afterAll(() => {
  globalThis.fetch = globals['originalFetch'] as typeof fetch;
  for (const name of ['document', 'window', 'location', 'originalFetch']) delete globals[name];
});

describe.each(locales)('searching a portal message in $tag', (locale) => {
  let pagefind: Pagefind;
  beforeAll(async () => {
    lang = locale.tag.toLowerCase();
    // One instance per language: Pagefind caches results by query text, across a destroy().
    pagefind = (await import(/* @vite-ignore */ `${bundle}?lang=${lang}`)) as Pagefind;
    await pagefind.options({ basePath: `${pathToFileURL(join(distDir, 'pagefind')).href}/` });
    await pagefind.init();
  });

  const cases = (Object.keys(portalMessages) as PortalMessageId[]).flatMap((id) =>
    queriesFor(locale, id).map((query) => [id, query] as const),
  );
  it.each(cases)('%s: “%s” finds the fix in the top 3', async (id, query) => {
    const { results } = await pagefind.search(query);
    const top = (await Promise.all(results.slice(0, 3).map((result) => result.data()))).map((data) =>
      // Pagefind prefixes its base URL; the site's own path is what follows dist/.
      data.url.slice(data.url.indexOf(`/${locale.path}/`)),
    );
    expect(top, `results for “${query}”`).toEqual(expect.arrayContaining([expect.toBeOneOf(answersTo(locale, id))]));
  });
});
