import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkTranslations } from '../../src/i18n/check-translations.ts';
import { checkRequiredWords } from '../../src/i18n/required-words.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { loadLocaleFiles } from '../../src/i18n/load-locales.ts';
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
