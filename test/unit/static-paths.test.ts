import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { localeStaticPaths } from '../../src/i18n/static-paths.ts';

describe('per-locale static paths', () => {
  it('gives every locale folder exactly one page when a route has no parameter of its own', async () => {
    const paths = await localeStaticPaths();
    expect(paths.map((path) => path.params.locale)).toEqual(locales.map((locale) => locale.path));
    for (const path of paths) expect(path.props.locale.path).toBe(path.params.locale);
  });

  it("builds each locale's own pages with that locale, keeping the page's parameters and props", async () => {
    const paths = await localeStaticPaths(async (locale) =>
      locale.path === 'en'
        ? [
            { params: { page: 'a' }, props: { n: 1 } },
            { params: { page: 'b' }, props: { n: 2 } },
          ]
        : [{ params: { page: 'c' }, props: { n: 3 } }],
    );
    expect(paths.map((path) => `${path.params.locale}/${path.params.page}:${path.props.n}:${path.props.locale.tag}`)).toEqual([
      'en/a:1:en',
      'en/b:2:en',
      'pt-br/c:3:pt-BR',
      'es-es/c:3:es-ES',
    ]);
  });
});
