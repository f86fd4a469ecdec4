/**
 * The Content Security Policy of every page: scripts, styles, fonts and data only from the site
 * itself. `wasm-unsafe-eval` lets Pagefind compile its WebAssembly; it does not allow `eval`.
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
