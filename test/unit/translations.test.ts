import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTranslations } from '../../src/i18n/check-translations.ts';
import { checkRequiredWords } from '../../src/i18n/required-words.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { loadLocaleFiles } from '../../src/i18n/load-locales.ts';
import { portalMessages, type PortalMessageId } from '../../src/rules/portal-messages.ts';
import { projectRoot } from '../support/paths.ts';

const { resources, problems: parseProblems } = loadLocaleFiles(join(projectRoot, 'locales'));

describe('UI strings of the real locales', () => {
  it('parse, and every locale has exactly the keys, variables and plural forms English has', () => {
    expect(parseProblems).toEqual([]);
    expect(checkTranslations(resources)).toEqual([]);
  });

  it('give words for every id of the rules that readers see', () => {
    expect(checkRequiredWords(resources)).toEqual([]);
  });

  it('pluralize incidents with each language’s rules', () => {
    expect(useTranslations('en', 'rules')('entitlement.incidents', { count: 1 })).toBe('1 incident');
    expect(useTranslations('en', 'rules')('entitlement.incidents', { count: 20 })).toBe('20 incidents');
    expect(useTranslations('pt-BR', 'rules')('entitlement.incidents', { count: 1 })).toBe('1 incidente');
    expect(useTranslations('es-ES', 'rules')('entitlement.incidents', { count: 15 })).toBe('15 incidentes');
  });

  it('refuse to fall back to English when a key is missing', () => {
    // @ts-expect-error -- a key English lacks fails type checking too; this checks the run-time guard.
    expect(() => useTranslations('pt-BR')('nav.doesNotExist')).toThrow(/locales\/pt-BR\/ui\.json has no "nav\.doesNotExist"/);
  });
});

describe('English portal wording, taken from the rules', () => {
  const ids = Object.keys(portalMessages) as PortalMessageId[];

  /** The project's locale files, one of them edited, as the loader and the translation check see them. */
  function loadEdited(file: string, edit: (json: { message: Record<string, Record<string, string>> }) => void): string[] {
    const root = mkdtempSync(join(tmpdir(), 'locales-'));
    try {
      cpSync(join(projectRoot, 'locales'), root, { recursive: true });
      const json = JSON.parse(readFileSync(join(root, file), 'utf8'));
      edit(json);
      writeFileSync(join(root, file), JSON.stringify(json));
      const loaded = loadLocaleFiles(root);
      return [...loaded.problems, ...checkTranslations(loaded.resources)];
    } finally {
      rmSync(root, { recursive: true });
    }
  }

  it('is the exact text of each portal message, written in no locale file', () => {
    const file = JSON.parse(readFileSync(join(projectRoot, 'locales/en/troubleshooting.json'), 'utf8'));
    for (const id of ids) {
      expect(file.message[id], id).not.toHaveProperty('wording');
      expect(useTranslations('en', 'troubleshooting')(`message.${id}.wording`), id).toBe(portalMessages[id].text);
    }
  });

  it('still requires each translation to word every message, naming file and key', () => {
    const problems = loadEdited('pt-BR/troubleshooting.json', (json) => delete json.message['no-benefits-yet']!.wording);
    expect(problems).toEqual(['locales/pt-BR/troubleshooting.json: missing key "message.no-benefits-yet.wording"']);
  });

  it('refuses an English wording written in the file', () => {
    const problems = loadEdited(
      'en/troubleshooting.json',
      (json) => (json.message['not-authorized']!.wording = portalMessages['not-authorized'].text),
    );
    expect(problems).toEqual([
      'locales/en/troubleshooting.json: "message.not-authorized.wording" repeats the portal\'s text, which comes from portalMessages in src/rules/portal-messages.ts',
    ]);
  });
});

describe('the translation check', () => {
  const english = { ui: { a: 'Hello {{name}}', n_one: '{{count}} item', n_other: '{{count}} items' } };

  it('accepts a complete translation', () => {
    const pt = { ui: { a: 'Olá {{name}}', n_one: '{{count}} item', n_many: '{{count}} itens', n_other: '{{count}} itens' } };
    expect(checkTranslations({ en: english, 'pt-BR': pt })).toEqual([]);
  });

  it('names a missing key, an extra key and the file', () => {
    const pt = { ui: { b: 'x', n_one: '1', n_many: 'n', n_other: 'n' } };
    expect(checkTranslations({ en: english, 'pt-BR': pt })).toEqual(
      expect.arrayContaining(['locales/pt-BR/ui.json: missing key "a"', 'locales/pt-BR/ui.json: extra key "b" (not in English)']),
    );
  });

  it('names a variable that differs from English and a broken interpolation', () => {
    const pt = { ui: { a: 'Olá {{nome}}', n_one: '{{count}} item', n_many: '{{count', n_other: '{{count}} itens' } };
    const problems = checkTranslations({ en: english, 'pt-BR': pt });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/pt-BR\/ui\.json: "a" uses \{\{nome\}\} but English uses \{\{name\}\}/)]),
    );
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/"n_many" has a broken \{\{interpolation\}\}/)]));
  });

  it('names a plural form the language needs but lacks', () => {
    const es = { ui: { a: 'Hola {{name}}', n_one: '{{count}} elemento', n_other: '{{count}} elementos' } };
    expect(checkTranslations({ en: english, 'es-ES': es })).toEqual([
      'locales/es-ES/ui.json: "n" lacks the plural form "n_many"',
    ]);
  });

  it('names a missing namespace file', () => {
    expect(checkTranslations({ en: english, 'es-ES': {} })).toEqual(['locales/es-ES/ui.json is missing']);
  });
});
