import { locales, type Locale } from './locales.ts';

/** One route per locale: `params.locale` is the URL folder, `props.locale` the whole locale. */
export interface LocaleRoute<
  Params extends Record<string, string> = Record<never, never>,
  Props extends object = Record<never, never>,
> {
  params: { locale: Locale['path'] } & Params;
  props: { locale: Locale } & Props;
}

/**
 * `getStaticPaths` for every route under `src/pages/[locale]/`, so the locale list is walked in one
 * place. Without `expand` each locale gives one path; with it, each locale gives the paths `expand`
 * returns (their own params and props are merged with the locale's).
 */
export async function localeStaticPaths<
  Params extends Record<string, string> = Record<never, never>,
  Props extends object = Record<never, never>,
>(
  expand?: (locale: Locale) => Promise<readonly { params: Params; props: Props }[]> | readonly { params: Params; props: Props }[],
): Promise<LocaleRoute<Params, Props>[]> {
  const paths: LocaleRoute<Params, Props>[] = [];
  for (const locale of locales) {
    const extras = expand ? await expand(locale) : [{ params: {} as Params, props: {} as Props }];
    for (const extra of extras) {
      paths.push({ params: { locale: locale.path, ...extra.params }, props: { locale, ...extra.props } });
    }
  }
  return paths;
}
