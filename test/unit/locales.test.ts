import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultLocale,
  formatDate,
  localeByPath,
  localeByTag,
  locales,
  pickLocale,
  requireLocale,
  type LocaleTag,
} from '../../src/i18n/locales.ts';
import { oldForms } from '../../src/i18n/inline-markup.ts';
import { useTranslations } from '../../src/i18n/translator.ts';
import { resources } from '../../src/i18n/resources.ts';
import { portalMessages, type PortalMessageId } from '../../src/rules/portal-messages.ts';
import { projectRoot } from '../support/paths.ts';

describe('the locale map', () => {
  it('maps each URL folder to its exact BCP-47 tag', () => {
    expect(locales[0]).toBe(defaultLocale);
    expect(defaultLocale.tag).toBe('en');
    for (const locale of locales) {
      expect(Intl.getCanonicalLocales(locale.tag), locale.tag).toEqual([locale.tag]);
      expect(locale.path, locale.tag).toBe(locale.tag.toLowerCase());
      expect(localeByPath(locale.path)).toBe(locale);
      expect(localeByTag(locale.tag)).toBe(locale);
    }
    expect(localeByPath('pt-br')?.tag).toBe('pt-BR');
    expect(localeByTag('es-ES')?.path).toBe('es-es');
    expect(localeByPath('pt-BR')).toBeUndefined();
  });

  it('has a UI-string folder for every locale, and English has the guide (a locale without pages yet shows it)', () => {
    for (const locale of locales) {
      expect(existsSync(join(projectRoot, 'locales', locale.tag)), `locales/${locale.tag}`).toBe(true);
    }
    expect(existsSync(join(projectRoot, 'content', defaultLocale.path))).toBe(true);
  });

  it('rejects an unknown locale folder loudly', () => {
    expect(() => requireLocale('fr')).toThrow(/Unknown locale folder "fr"/);
  });

  it('picks a locale from browser preferences, exact tag first, then language', () => {
    expect(pickLocale(['es'])?.path).toBe('es-es');
    expect(pickLocale(['es-MX', 'en'])?.path).toBe('es-es');
    expect(pickLocale(['pt-BR'])?.path).toBe('pt-br');
    expect(pickLocale(['pt-PT'])?.path).toBe('pt-br');
    expect(pickLocale(['fr-FR', 'en-GB'])?.path).toBe('en');
    // Private-use language codes: never a locale of the site.
    expect(pickLocale(['qaa', 'qtz-QM'])).toBeNull();
  });

  it('writes the facts date as each locale writes dates', () => {
    expect(formatDate(defaultLocale, '2021-03-04')).toBe('March 4, 2021');
    expect(formatDate(requireLocale('pt-br'), '2021-03-04')).toBe('04/03/2021');
    expect(formatDate(requireLocale('es-es'), '2021-03-04')).toBe('4/3/2021');
  });
});

describe('the files in locales/', () => {
  const files = readdirSync(join(projectRoot, 'locales'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.json'),
  );

  it('use only the one inline markup: no <en> marks, no {{placeholders}} for labels or links', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const file of files) {
      const lines = readFileSync(join(projectRoot, 'locales', file), 'utf8').split('\n');
      const found = lines.flatMap((line, index) => oldForms(line).map((form) => `locales/${file}:${index + 1}: ${form}`));
      expect(found).toEqual([]);
    }
  });
});

describe("portal messages in the reader's language", () => {
  const ids = Object.keys(portalMessages) as PortalMessageId[];

  // A new locale starts with a copy of the English strings; once its troubleshooting.json is translated, every message is.
  const isEnglishCopy = (tag: LocaleTag) =>
    JSON.stringify(resources[tag].troubleshooting) === JSON.stringify(resources.en.troubleshooting);

  it.each(locales.filter((locale) => locale !== defaultLocale && !isEnglishCopy(locale.tag)))(
    '$tag has its own wording, a meaning and a translation marker',
    (locale) => {
      const t = useTranslations(locale.tag, 'troubleshooting');
      for (const id of ids) {
        expect(t(`message.${id}.wording`), id).not.toBe(portalMessages[id].text);
        expect(t(`message.${id}.wording`).length, id).toBeGreaterThan(portalMessages[id].text.length / 2);
        expect(t(`message.${id}.meaning`), id).toMatch(/^\p{Lu}.{20,}\.$/u);
      }
    },
  );
});
