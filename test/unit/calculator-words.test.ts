/**
 * The calculator's words: every step and note has text in every locale, the inline-markup tokens
 * that turn into portal labels, messages and links are valid, and every translation uses the same tokens as
 * English, so no locale drops a link or a click.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { silenceIds, stepIds } from '../../src/rules/next-steps.ts';
import { parseInline, ruleTokens } from '../../src/i18n/inline-markup.ts';

const texts = [...stepIds.map((id) => `steps.${id}`), ...silenceIds.map((id) => `silences.${id}`)];

describe.each(locales)('calculator words in $tag', (locale) => {
  const t = useTranslations(locale.tag, 'calculator');

  it.each(texts)('%s has its situation and a text whose tokens match English', (key) => {
    expect(t(`${key}.when`).length).toBeGreaterThan(10);
    const text = t(`${key}.text`);
    expect(() => parseInline(text, key)).not.toThrow();
    expect(ruleTokens(text)).toEqual(ruleTokens(useTranslations('en', 'calculator')(`${key}.text`)));
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
      const parts = parseInline(t(`steps.${id}.text`), id);
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
        parseInline(t(`steps.${id}.text`), id).some((part) => part.kind === 'path'),
        id,
      ).toBe(true);
    }
  });

  it('writes no entitlement figure: figures come from the rules', () => {
    for (const key of texts) expect(t(`${key}.text`), key).not.toMatch(/\b\d+\s*(incidents?|incidentes?)\b|\b\d+-pack\b/i);
  });
});
