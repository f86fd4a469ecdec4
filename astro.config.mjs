// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { locales, defaultLocale } from './src/i18n/locales.ts';
import { guard, requireFullTranslationFrom } from './src/integrations/guard.ts';
import { measureBuildStep } from './src/integrations/step-meter.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { hostConfig } from './src/integrations/host-config.ts';
import { lazyChunk } from './src/integrations/lazy-chunk.ts';
import { htmlOverrides } from './src/components/mdx/html-overrides.ts';

export default defineConfig({
  // SITE_URL and SITE_BASE let the same site be published at another address or under a sub-path.
  site: process.env.SITE_URL ?? 'https://partner-support-guide.example',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // Inside the project, so copies of the project built side by side never share a cache.
  cacheDir: './.astro/cache',
  // Nothing inline: the Content Security Policy allows scripts and styles only as files of the site.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // lazyChunk: code loaded on first use without Vite's module-preload helper in every page's script.
  // cssCodeSplit off: one small stylesheet for the whole site, one request per page, cached once.
  // moduleLevelDirective off: Astro marks every MDX module "use astro:head-inject", and Rolldown warns
  // once per module, ten lines each, that the directive is not kept in the bundle, which Astro does
  // not need.
  vite: {
    build: { assetsInlineLimit: 0, cssCodeSplit: false, rolldownOptions: { checks: { moduleLevelDirective: false } } },
    plugins: [lazyChunk()],
  },
  // `{#id}` after a heading fixes its anchor, so sections match across locales whatever the wording.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  // Each step after the pages are written (link check, search index, sitemap) logs its time and memory.
  integrations: [
    guard({ requireFullTranslation: requireFullTranslationFrom(process.env.REQUIRE_FULL_TRANSLATION) }),
    searchIndex(),
    // Static parts of each page compile to HTML strings instead of a call per element: a third less
    // code for Vite to bundle per page. The elements our components replace must stay elements.
    mdx({ optimize: { ignoreElementNames: [...htmlOverrides] } }),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      i18n: {
        defaultLocale: defaultLocale.path,
        locales: Object.fromEntries(locales.map((locale) => [locale.path, locale.tag])),
      },
    }),
    hostConfig(),
  ].map(measureBuildStep),
});
