/**
 * The HTML elements of Markdown that guide pages render with a component of ours instead (the
 * `mdxComponents` map in index.ts). MDX's static optimisation turns plain HTML into strings at
 * build time, which would skip these components, so astro.config.mjs exempts them by this list.
 * A plain module without .astro imports, so the config can load it.
 */
export const htmlOverrides = ['h2'] as const;
