/// <reference types="astro/client" />

interface ImportMetaEnv {
  /**
   * True only in pages served by `npm run dev` (set by src/integrations/guard.ts). Not Vite's `DEV`,
   * which is also true in a build run with NODE_ENV=test or development.
   */
  readonly DEV_SERVER: boolean;
}

declare namespace App {
  type RouteContext = import('./i18n/route-context.ts').RouteContext;
  /** The route context, set by src/middleware.ts: every component reads the locale and words here. */
  interface Locals extends RouteContext {}
}
