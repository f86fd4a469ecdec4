/**
 * A guide of any size for the benchmarks: the nine real pages plus copies of them in groups of 25,
 * in every locale, each translation stamped current, so the build treats it as it treats ours.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { pagesOf, readGuideSources } from '../../src/content/sources.ts';
import { stampTranslation } from '../../src/content/freshness.ts';

const groupSize = 25;

/** Grows `content/` of the copy to `total` pages per locale. */
export function grow(contentRoot: string, total: number): void {
  const originals = pagesOf(readGuideSources(contentRoot), defaultLocale.path);
  for (let k = 0; k < total - originals.length; k++) {
    const template = originals[k % originals.length]!;
    const group = `part-${Math.floor(k / groupSize) + 1}`;
    const slug = `${template.slug}-${k + 1}`;
    const retitle = (source: string) =>
      source.replace(/^title: (['"]?)/m, `title: $1${k + 1} · `).replace(/^order: .*$/m, `order: ${(k % groupSize) + 1}`);
    let english = '';
    for (const locale of [defaultLocale, ...locales.filter((other) => other !== defaultLocale)]) {
      const dir = join(contentRoot, locale.path, group);
      if (k % groupSize === 0) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, '_group.yaml'), `order: ${Math.floor(k / groupSize) + 2}\nlabel: ${locale.label} ${group}\n`);
      }
      const source = retitle(readFileSync(join(contentRoot, locale.path, template.file), 'utf8'));
      if (locale === defaultLocale) english = source;
      writeFileSync(join(dir, `${slug}.mdx`), locale === defaultLocale ? source : stampTranslation(english, source));
    }
  }
}
