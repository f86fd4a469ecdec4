/// <reference types="astro/client" />

declare namespace App {
  type RouteContext = import('./i18n/route-context.ts').RouteContext;
  /** The route context, set by src/middleware.ts: every component reads the locale and words here. */
  interface Locals extends RouteContext {}
}
