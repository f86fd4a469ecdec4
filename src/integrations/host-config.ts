/**
 * After the build: writes how the site is served (src/serving/policy.ts) into each host's own
 * configuration, robots.txt and the preview image of each locale. Precompressed copies are a step
 * of their own (`npm run precompress`, src/serving/compress.ts), for the hosts that send them.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales.ts';
import { azureConfig, headersFile, nginxServer, redirectsFile, robotsTxt } from '../serving/hosts.ts';
import { localeErrorPages } from '../serving/policy.ts';
import { previewImagePath, renderPreviewImage } from '../serving/preview-image.ts';
import { loadLocaleFiles } from './load-locales.ts';

/** Where the nginx server block is written: beside dist/, since it must not be served. */
export const nginxConfigPath = 'deploy/nginx.conf';

/** Folders of dist/ that hold a page (`en/calculator/`), for the trailing-slash redirects. */
function pageFolders(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('/index.html'))
    .filter((file) => !localeErrorPages.some((entry) => entry.page === file))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
}

function stringAt(messages: unknown, key: string, where: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  if (typeof value !== 'string' || !value) throw new Error(`${where}: "${key}" is missing; the preview image needs it`);
  return value;
}

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
        const { resources } = loadLocaleFiles(join(root, 'locales'));
        for (const locale of locales) {
          const ui = resources[locale.tag]?.ui;
          const where = `locales/${locale.tag}/ui.json`;
          const image = await renderPreviewImage(
            stringAt(ui, 'site.name', where),
            stringAt(ui, 'site.tagline', where),
            locale.tag,
          );
          write(join(dist, previewImagePath(locale.path)), image);
        }
        write(join(dist, 'robots.txt'), robotsTxt(site, base));
        write(join(dist, '_headers'), headersFile(base));
        write(join(dist, '_redirects'), redirectsFile(base, pageFolders(dist)));
        write(join(dist, 'staticwebapp.config.json'), `${JSON.stringify(azureConfig(base), null, 2)}\n`);
        write(join(root, nginxConfigPath), nginxServer(base, { root: '/usr/share/nginx/html', listen: '80' }));
        logger.info(`host configuration written (_headers, _redirects, staticwebapp.config.json, ${nginxConfigPath})`);
      },
    },
  };
}
