/**
 * After the build: writes how the site is served (src/serving/policy.ts) into each host's own
 * configuration, robots.txt and the preview image of each locale. Precompressed copies are a step
 * of their own (`npm run precompress`, src/serving/compress.ts), for the hosts that send them.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales.ts';
import { azureConfigFile, headersFile, nginxServer, redirectsFile, robotsTxt } from '../serving/hosts.ts';
import { localeErrorPages } from '../serving/policy.ts';
import { previewImagePath, renderPreviewImage } from '../serving/preview-image.ts';
import { translatorFor } from '../i18n/translator.ts';

/** Where the nginx server block is written: beside dist/, since it must not be served. */
export const nginxConfigPath = 'deploy/nginx.conf';

export function hostConfig(): AstroIntegration {
  let base = '/';
  let site = '';
  let root = '';
  return {
    name: 'host-config',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
        site = config.site ?? 'https://localhost';
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const write = (path: string, content: string | Buffer) => {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, content);
        };
        for (const locale of locales) {
          // The guard has already checked that every locale has these strings.
          const t = translatorFor(locale);
          const image = await renderPreviewImage(t('site.name'), t('site.tagline'), locale.tag);
          write(join(dist, previewImagePath(locale.path)), image);
        }
        write(join(dist, 'robots.txt'), robotsTxt(site, base));
        write(join(dist, '_headers'), headersFile(base));
        write(join(dist, '_redirects'), redirectsFile(base));
        for (const { page, rendered } of localeErrorPages) copyFileSync(join(dist, rendered), join(dist, page));
        write(join(dist, 'staticwebapp.config.json'), azureConfigFile(base));
        write(join(root, nginxConfigPath), nginxServer(base, { root: '/usr/share/nginx/html', listen: '80' }));
        logger.info(`host configuration written (_headers, _redirects, staticwebapp.config.json, ${nginxConfigPath})`);
      },
    },
  };
}
