/**
 * The route context every component reads from `Astro.locals` (set once per page by
 * src/middleware.ts): the reader's locale and words, and the language the page's content is in.
 */
import { defaultLocale, requireLocale, type Locale } from './locales.ts';
import { translatorFor, type Translator } from './translator.ts';

export interface RouteContext {
  /** The reader's locale: the page's locale folder, English for pages outside one (`/`, `/404.html`). */
  readonly locale: Locale;
  /** The reader's words, every namespace. */
  readonly t: Translator;
  /**
   * The language the page's content is written in, and its words for the MDX components inside it:
   * the reader's, or English on a guide page the locale has not translated yet.
   */
  readonly content: {
    readonly locale: Locale;
    readonly t: Translator;
    /** The file the content is read from (a guide page's MDX), for errors in it. */
    readonly file: string | undefined;
  };
}

/** What a route's `getStaticPaths` may give the route context through its props. */
export interface RouteProps {
  /** The language of the page's content, when it is not the reader's (a page shown in English). */
  readonly contentLocale?: Locale;
  /** The file the page's content is read from, relative to the project root. */
  readonly contentFile?: string | undefined;
}

/** The context of one page, from its route parameters and the props its `getStaticPaths` gave it. */
export function routeContext(params: Record<string, string | undefined>, props: RouteProps): RouteContext {
  const locale = params['locale'] === undefined ? defaultLocale : requireLocale(params['locale']);
  const contentLocale = props.contentLocale ?? locale;
  return {
    locale,
    t: translatorFor(locale),
    content: { locale: contentLocale, t: translatorFor(contentLocale), file: props.contentFile },
  };
}
