import { locales, type Locale } from './locales.ts';
import type { RouteProps } from './route-context.ts';

/**
 * One route per locale: `params.locale` is the URL folder. Pages read the locale from the route
 * context (`Astro.locals`), which the props may tell the content's language (`RouteProps`).
 */
export interface LocaleRoute<
  Params extends Record<string, string> = Record<never, never>,
  Props extends object = Record<never, never>,
> {
  params: { locale: Locale['path'] } & Params;
  props: Props & RouteProps;
}

/**
 * `getStaticPaths` for every route under `src/pages/[locale]/`, so the locale list is walked in one
 * place. Without `expand` each locale gives one path; with it, each locale gives the paths `expand`
 * returns (their own params are merged with the locale's).
 */
export async function localeStaticPaths<
  Params extends Record<string, string> = Record<never, never>,
  Props extends object = Record<never, never>,
>(
  expand?: (
    locale: Locale,
  ) =>
    Promise<readonly { params: Params; props: Props & RouteProps }[]> | readonly { params: Params; props: Props & RouteProps }[],
): Promise<LocaleRoute<Params, Props>[]> {
  const paths: LocaleRoute<Params, Props>[] = [];
  for (const locale of locales) {
    const extras = expand ? await expand(locale) : [{ params: {} as Params, props: {} as Props & RouteProps }];
    for (const extra of extras) {
      paths.push({ params: { locale: locale.path, ...extra.params }, props: extra.props });
    }
  }
  return paths;
}
