/** The one inline markup of reader-facing strings: parsing, its errors, plain text and the parity check. */
import { describe, expect, it } from 'vitest';
import { checkMarkup, checkTranslations } from '../../src/i18n/check-translations.ts';
import { isPlainText, oldForms, parseInline, plainText, ruleTokens } from '../../src/i18n/inline-markup.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { portalMessages } from '../../src/rules/portal-messages.ts';

const where = 'locales/xx/calculator.json "steps.x.text"';

describe('parseInline', () => {
  it('splits a text into words and elements, leaving i18next variables in the words', () => {
    expect(
      parseInline(
        'Open {portal:support-for-business}, select {label:add-contract}, see {link:supported-products-n-1|the list} ({en|Access ID}), {{count}} {message:not-authorized} {plan:premier-support} {path:azure-portal}.',
        where,
      ),
    ).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'portal', id: 'support-for-business' },
      { kind: 'text', text: ', select ' },
      { kind: 'label', id: 'add-contract' },
      { kind: 'text', text: ', see ' },
      { kind: 'link', id: 'supported-products-n-1', text: 'the list' },
      { kind: 'text', text: ' (' },
      { kind: 'en', text: 'Access ID' },
      { kind: 'text', text: '), {{count}} ' },
      { kind: 'message', id: 'not-authorized' },
      { kind: 'text', text: ' ' },
      { kind: 'plan', id: 'premier-support' },
      { kind: 'text', text: ' ' },
      { kind: 'path', id: 'azure-portal' },
      { kind: 'text', text: '.' },
    ]);
  });

  it.each([
    ['{label:no-such-label}', /unknown label "no-such-label"/],
    ['{message:no-such-message}', /unknown message "no-such-message"/],
    ['{button:activate}', /unknown token kind/],
    ['{link:support-for-business}', /needs one/],
    ['{link:support-for-business| }', /needs one/],
    ['{label:activate|text}', /only \{link:id\|text\} takes a text/],
    ['{path:support-for-business}', /unknown path/],
    ['{en:x|words}', /English words are written \{en\|words\}/],
    ['a {broken token', /stray brace/],
    ['a stray } brace', /stray brace/],
    ['<en>Access ID</en>', /old form/],
  ])('refuses %s, naming file and key', (text, message) => {
    expect(() => parseInline(text, where)).toThrow(message);
    expect(() => parseInline(text, where)).toThrow(/locales\/xx\/calculator\.json "steps\.x\.text"/);
  });
});

describe('isPlainText', () => {
  it('is true only for a string that parses to its own words, so it may be shown without parsing', () => {
    for (const text of ['Activate your benefits', 'Próximos passos: 15 incidentes', 'A & B'])
      expect([isPlainText(text), parseInline(text, 'test')]).toEqual([true, [{ kind: 'text', text }]]);
    for (const text of ['Open {label:benefits}', 'The {en|Access ID}', 'stray } brace', 'old <en>form</en>'])
      expect(isPlainText(text), text).toBe(false);
  });
});

describe('ruleTokens', () => {
  it('lists what a translation must carry like English, not its English words or link text', () => {
    expect(ruleTokens('{label:activate} {en|Access ID} {portal:partner-center} {link:support-for-business|aqui}')).toEqual([
      'label:activate',
      'link:support-for-business',
      'portal:partner-center',
    ]);
  });
});

describe('plainText', () => {
  it('flattens every token to words of the locale, for titles and announcements', () => {
    const pt = useTranslations('pt-BR', 'rules');
    expect(plainText('Erro: {en|“Access ID is already associated”}', pt)).toBe('Erro: “Access ID is already associated”');
    expect(plainText('Selecione {label:activate} no {portal:azure-portal}: {link:support-for-business|abra}', pt)).toBe(
      `Selecione ${pt('label.activate')} no ${pt('portal.azure-portal')}: abra`,
    );
    expect(plainText('{message:not-authorized}', pt)).toBe(portalMessages['not-authorized'].text);
    expect(plainText('{path:azure-portal}', pt)).toBe(
      [pt('label.help-support'), pt('label.support-plans'), pt('label.link-support-benefits')].join(' → '),
    );
  });
});

describe('the markup check of translations', () => {
  it('names the old forms: <en> marks and placeholders that stand for labels or links', () => {
    expect(oldForms('Select {{activate}} and {{link}} for <en>Access ID</en>')).toHaveLength(3);
    expect(oldForms('{{count}} results for “{{query}}”, {label:activate}')).toEqual([]);
  });

  it('fails a translation that drops, adds or changes a rule token, naming file and key', () => {
    const english = 'Select {label:activate} in {portal:partner-center}.';
    expect(checkMarkup('Selecione {label:activate} no {portal:partner-center}.', english, 'f: "k"')).toEqual([]);
    expect(checkMarkup('Selecione {label:activate}.', english, 'f: "k"')).toEqual([
      'f: "k" uses the tokens {label:activate} but English uses {label:activate}, {portal:partner-center}',
    ]);
    expect(checkMarkup('Selecione {label:add-contract} no {portal:partner-center}.', english, 'f: "k"')[0]).toMatch(
      /uses the tokens .*label:add-contract/,
    );
  });

  it('runs over every string of every file and stops at the first problem of each', () => {
    const en = { calculator: { a: 'Open {portal:partner-center}.', b: 'Plain' } };
    const pt = { calculator: { a: 'Abra o {portal:no-such-portal}.', b: 'Selecione {{activate}}' } };
    expect(checkTranslations({ en, 'pt-BR': pt })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^locales\/pt-BR\/calculator\.json: "a": unknown portal "no-such-portal"/),
        expect.stringMatching(/^locales\/pt-BR\/calculator\.json: "b" uses the old markup \{\{activate\}\}/),
      ]),
    );
  });
});
