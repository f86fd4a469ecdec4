/**
 * The search's reading of what a reader types or pastes (src/islands/search/query.ts): a portal
 * message found in its localized variants and anywhere in a 25 KB log, and a long paste reduced to
 * words the index knows before long tokens it has never seen.
 */
import { describe, expect, it } from 'vitest';
import { boundQuery, maxPasteLength, rarestTerms, recognisedMessage } from '../../src/islands/search/query.ts';
import { searchConfig } from '../../src/components/search/search-config.ts';
import { locales } from '../../src/i18n/locales.ts';
import { translatorFor } from '../../src/i18n/translator.ts';
import { wordsOf } from '../../src/islands/search/match.ts';

const configOf = (tag: string) => {
  const locale = locales.find((candidate) => candidate.tag === tag)!;
  return searchConfig(locale, translatorFor(locale));
};
const ptBR = configOf('pt-BR');
const esES = configOf('es-ES');
const accessId = ptBR.portalMessages.find((message) => message.startsWith('This Access ID'))!;
const notAuthorized = ptBR.portalMessages.find((message) => message.startsWith('You are not authorized'))!;
const find = (config: typeof ptBR, text: string) => recognisedMessage(text, config.portalMessages, config.messageVariants);

describe('a portal message in its localized variants', () => {
  it('pt-BR: either gender of "ID", and "você não tem autorização"', () => {
    expect(find(ptBR, 'Esta ID de acesso já está associada a uma conta.')).toBe(accessId);
    expect(find(ptBR, 'Este ID de acesso já está associado a uma conta.')).toBe(accessId);
    expect(find(ptBR, 'erro: este id. de acesso ja esta associado a uma conta')).toBe(accessId);
    expect(find(ptBR, 'você não tem autorização')).toBe(notAuthorized);
    expect(find(ptBR, 'conta não tem permissão')).toBe(notAuthorized);
    expect(find(ptBR, 'Você não está autorizado a realizar esta ação')).toBe(notAuthorized);
  });

  it('es-ES: "Id." and "identificador", "no tiene autorización"', () => {
    expect(find(esES, 'Este Id. de acceso ya está asociado a una cuenta')).toBe(accessId);
    expect(find(esES, 'Este identificador de acceso ya está asociado a una cuenta.')).toBe(accessId);
    expect(find(esES, 'no tiene autorización para realizar esta acción')).toBe(notAuthorized);
  });

  it('leaves an unrelated query alone', () => {
    expect(find(ptBR, 'como ativar os benefícios')).toBeUndefined();
    expect(find(esES, 'Azure')).toBeUndefined();
  });
});

describe('a pasted log', () => {
  const line = (index: number) => `2026-01-0${index % 9} 12:00:0${index % 9} INFO request ${index} correlation ok\n`;
  const noise = (length: number) => {
    let text = '';
    for (let index = 0; text.length < length; index++) text += line(index);
    return text;
  };

  it('finds the portal message wherever it stands in 25 KB', () => {
    const log = `${noise(20_000)}ERROR This Access ID is already associated to an account. Please contact your TAM\n${noise(4_000)}`;
    expect(log.length).toBeLessThanOrEqual(maxPasteLength);
    const bounded = boundQuery(log, new Set(), ptBR.portalMessages, ptBR.messageVariants);
    expect(bounded.text).toBe(accessId);
  });

  it('finds the localized message after the first 4,000 characters', () => {
    const log = `${noise(9_000)}Falha: Esta ID de acesso já está associada a uma conta.`;
    expect(boundQuery(log, new Set(), ptBR.portalMessages, ptBR.messageVariants).text).toBe(accessId);
  });

  it('keeps words the index knows before long unknown tokens', () => {
    const text =
      'zzqxwvtoken1 supercalifragilisticpath unavailable contract partner account plans support benefits xyzzyplughtoken';
    const terms = [...new Set(wordsOf(text))];
    const known = new Set(ptBR.vocabulary);
    expect(known.has('contract')).toBe(true);
    const kept = rarestTerms(terms, text, 4, known);
    expect(kept.every((term) => known.has(term))).toBe(true);
    // Without the vocabulary the long tokens win.
    expect(rarestTerms(terms, text, 4)).toContain('supercalifragilisticpath');
  });
});
