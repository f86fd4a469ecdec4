/**
 * The Content Security Policy of every page: scripts, styles, fonts and data only from the site
 * itself. `wasm-unsafe-eval` lets Pagefind compile its WebAssembly; it does not allow `eval`.
 * This is what a `<meta>` tag can carry, so the policy holds even on a host that sends no headers.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy `npm run dev` pages carry: the build's, relaxed only where Vite's development server
 * needs it. Vite injects stylesheets as inline `<style>` (and Astro's error overlay and toolbar style
 * themselves inline), Astro's dev scripts are inline modules, and hot reloading talks over a WebSocket.
 * Never used in a build.
 */
export const developmentContentSecurityPolicy = contentSecurityPolicy
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws: wss:");

/**
 * The same policy as an HTTP header, which can also forbid framing: browsers ignore (and complain
 * about) `frame-ancestors` in a `<meta>` tag, so it exists only here.
 */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
