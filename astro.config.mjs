// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://partner-support-guide.example',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // `{#id}` after a heading fixes its anchor, so sections match across locales whatever the wording.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [mdx()],
});
