/**
 * The calculator's words: every step and note has text in every locale, the tokens that turn into
 * portal labels, messages and links are valid, and every translation uses the same tokens as
 * English, so no locale drops a link or a click.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { silenceIds, stepIds } from '../../src/rules/next-steps.ts';
import { parseRichText, tokensOf } from '../../src/components/calculator/rich-text.ts';

const texts = [...stepIds.map((id) => `steps.${id}`), ...silenceIds.map((id) => `silences.${id}`)];

describe.each(locales)('calculator words in $tag', (locale) => {
  const t = useTranslations(locale.tag, 'calculator');

  it.each(texts)('%s has its situation and a text whose tokens match English', (key) => {
    expect(t(`${key}.when`).length).toBeGreaterThan(10);
    const text = t(`${key}.text`);
    expect(() => parseRichText(text, key)).not.toThrow();
    expect(tokensOf(text)).toEqual(tokensOf(useTranslations('en', 'calculator')(`${key}.text`)));
  });

  it('every step names and links the portal it sends the reader to', () => {
    const portalSteps = [
      'use-mpn-account',
      'activate-yourself',
      'request-support-for-business',
      'remaining-in-support-for-business',
      'admin-agent-service-management',
    ];
    for (const id of portalSteps) {
      const parts = parseRichText(t(`steps.${id}.text`), id);
      expect(
        parts.some((part) => part.kind === 'portal'),
        id,
      ).toBe(true);
    }
    for (const id of [
      'activate-yourself',
      'ask-admin-to-activate',
      'who-can-activate',
      'request-azure-portal',
      'admin-agent-service-management',
    ]) {
      expect(
        parseRichText(t(`steps.${id}.text`), id).some((part) => part.kind === 'path'),
        id,
      ).toBe(true);
    }
  });

  it('writes no entitlement figure: figures come from the rules', () => {
    for (const key of texts) expect(t(`${key}.text`), key).not.toMatch(/\b\d+\s*(incidents?|incidentes?)\b|\b\d+-pack\b/i);
  });
});

describe('the rich-text tokens', () => {
  it('split a text into words and elements', () => {
    expect(
      parseRichText(
        'Open {portal:support-for-business}, select {label:add-contract} and see {link:supported-products-n-1|the list} ({en|Access ID}).',
        'x',
      ),
    ).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'portal', id: 'support-for-business' },
      { kind: 'text', text: ', select ' },
      { kind: 'label', id: 'add-contract' },
      { kind: 'text', text: ' and see ' },
      { kind: 'link', id: 'supported-products-n-1', text: 'the list' },
      { kind: 'text', text: ' (' },
      { kind: 'en', text: 'Access ID' },
      { kind: 'text', text: ').' },
    ]);
  });

  it.each([
    ['{label:no-such-label}', /unknown label "no-such-label"/],
    ['{button:activate}', /unknown token kind/],
    ['{link:support-for-business}', /needs one/],
    ['{label:activate|text}', /only \{link:id\|text\} takes a text/],
    ['{path:support-for-business}', /unknown path/],
    ['a {broken token', /stray brace/],
  ])('refuse %s, naming where', (text, message) => {
    expect(() => parseRichText(text, 'locales/xx/calculator.json "steps.x.text"')).toThrow(message);
    expect(() => parseRichText(text, 'locales/xx/calculator.json "steps.x.text"')).toThrow(
      /locales\/xx\/calculator\.json "steps\.x\.text"/,
    );
  });

  it('compare translations by their tokens, ignoring the English-words marker', () => {
    expect(tokensOf('{label:activate} {en|Access ID} {portal:partner-center}')).toEqual([
      'label:activate',
      'portal:partner-center',
    ]);
  });
});
