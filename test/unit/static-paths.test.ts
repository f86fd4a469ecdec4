import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { localeStaticPaths } from '../../src/i18n/static-paths.ts';

describe('per-locale static paths', () => {
  it('gives every locale folder exactly one page when a route has no parameter of its own', async () => {
    const paths = await localeStaticPaths();
    expect(paths.map((path) => path.params.locale)).toEqual(locales.map((locale) => locale.path));
  });

  it("builds each locale's own pages with that locale, keeping the page's parameters and props", async () => {
    const paths = await localeStaticPaths(async (locale) =>
      locale === locales[0]
        ? [
            { params: { page: 'a' }, props: { n: 1 } },
            { params: { page: 'b' }, props: { n: 2 } },
          ]
        : [{ params: { page: 'c' }, props: { n: 3 } }],
    );
    expect(paths.map((path) => `${path.params.locale}/${path.params.page}:${path.props.n}`)).toEqual([
      `${locales[0].path}/a:1`,
      `${locales[0].path}/b:2`,
      ...locales.slice(1).map((locale) => `${locale.path}/c:3`),
    ]);
  });
});
