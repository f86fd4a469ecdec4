/**
 * The search code loaded on first use, as one chunk: the header panel and the search page share
 * the controller, engine and renderer, and two entries would make the bundler split those into a
 * chunk of their own, a second request before the first search can start. The search page's part
 * is small, so the header carries it rather than wait for two files.
 */
export { enhance as enhancePanel } from './panel.ts';
export { enhance as enhancePage } from './page.ts';
