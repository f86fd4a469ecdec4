/**
 * `import url from './x.ts?lazy-chunk'` gives the address of `x.ts` built as its own chunk, to load
 * later with `import(url)`. Vite wraps every bundled dynamic `import()` in its module-preload helper
 * (about 0.8 KB gzip, whatever `build.modulePreload` says); importing an address instead keeps that
 * helper out of the one script every page runs, while the chunk still loads only on first use.
 */
import type { Plugin } from 'vite';

const suffix = '?lazy-chunk';
const prefix = '\0lazy-chunk:';

export function lazyChunk(): Plugin {
  return {
    name: 'lazy-chunk',
    // Before Vite's own resolver, which would otherwise load the file itself and drop the query.
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(suffix)) return null;
      const resolved = await this.resolve(source.slice(0, -suffix.length), importer);
      if (!resolved) throw new Error(`lazy-chunk: cannot resolve ${source} from ${importer ?? '(entry)'}`);
      return prefix + resolved.id;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = id.slice(prefix.length);
      // Outside a build (astro dev) there is no chunk to emit: the module's own address works.
      if (this.environment.mode !== 'build') return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
