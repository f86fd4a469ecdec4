/**
 * `npm run translations`: prints every translated page as current, stale or untracked.
 * `npm run translations -- --stamp pt-br/activate` records that the translation now matches the
 * English page (run it after updating the translation); `--stamp all` stamps every page.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localePaths } from '../i18n/locales.ts';
import { stampTranslation, translationStatus } from './freshness.ts';
import { readGuideSources } from './sources.ts';

const contentRoot = fileURLToPath(new URL('../../content/', import.meta.url));
const stampIndex = process.argv.indexOf('--stamp');
const target = stampIndex >= 0 ? process.argv[stampIndex + 1] : undefined;
const sources = readGuideSources(contentRoot);
const textOf = (path: string) => sources.pages.find((page) => page.path === `content/${path}`)?.text ?? '';

for (const entry of translationStatus(sources, localePaths, defaultLocale.path)) {
  const id = `${entry.locale}/${entry.page}`;
  if (target === 'all' || target === id) {
    const english = textOf(`${defaultLocale.path}/${entry.file.slice(entry.locale.length + 1)}`);
    writeFileSync(join(contentRoot, entry.file), stampTranslation(english, textOf(entry.file)));
    console.log(`${id}: stamped ${entry.current}`);
  } else {
    console.log(`${id}: ${entry.status}`);
  }
}
