import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { routeContext } from '../../src/i18n/route-context.ts';
import { translatorFor } from '../../src/i18n/translator.ts';

const translated = locales.filter((locale) => locale !== defaultLocale);

describe('route context', () => {
  it.each(locales.map((locale) => [locale.path, locale] as const))(
    'a page under /%s/ speaks that locale, frame and content alike',
    (path, locale) => {
      const context = routeContext({ locale: path }, {});
      expect(context.locale).toBe(locale);
      expect(context.content.locale).toBe(locale);
      expect(context.t('nav.guide')).toBe(translatorFor(locale)('nav.guide'));
      expect(context.content.t.rules('competency.other')).toBe(translatorFor(locale).rules('competency.other'));
    },
  );

  it.each(translated.map((locale) => [locale.path, locale] as const))(
    'a /%s/ page shown in English keeps the frame in the reader’s locale and the content in English',
    (path, locale) => {
      const context = routeContext({ locale: path, page: 'overview' }, { contentLocale: defaultLocale });
      expect(context.locale).toBe(locale);
      expect(context.t).toBe(translatorFor(locale));
      expect(context.content.locale).toBe(defaultLocale);
      expect(context.content.t).toBe(translatorFor(defaultLocale));
    },
  );

  it('tells the MDX components the file their page is read from, for their errors', () => {
    const file = 'content/en/some-group/some-page.mdx';
    expect(routeContext({ locale: defaultLocale.path }, { contentFile: file }).content.file).toBe(file);
    expect(routeContext({ locale: defaultLocale.path }, {}).content.file).toBeUndefined();
  });

  it('a page outside a locale folder (/, /404.html) speaks the default locale', () => {
    expect(routeContext({}, {}).locale).toBe(defaultLocale);
  });

  it('fails the build naming a folder that is not a locale', () => {
    expect(() => routeContext({ locale: 'xx-xx' }, {})).toThrow(/Unknown locale folder "xx-xx"/);
  });
});
