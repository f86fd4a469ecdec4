/// <reference types="astro/client" />

interface ImportMetaEnv {
  /**
   * True only in pages served by `npm run dev` (set by src/integrations/guard.ts). Not Vite's `DEV`,
   * which is also true in a build run with NODE_ENV=test or development.
   */
  readonly DEV_SERVER: boolean;
}
