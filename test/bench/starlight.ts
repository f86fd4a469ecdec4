/**
 * The yardstick of issue 13: the same guide built with Starlight, on the same machine, in the same
 * run as ours. `bench:scale -- --starlight` calls `buildWithStarlight` on the grown copy's content;
 * run alone it builds the repository's own content: `npm exec -- node test/bench/starlight.ts`.
 *
 * Starlight is not a dependency of the site: it is installed once into a folder of its own under
 * the system's temporary directory (kept between runs, never in the repository), with the same
 * Astro version as the site. Each guide page becomes a Starlight page in the same locale and
 * group, still an MDX file (so both builds compile MDX): the same frontmatter title and
 * description and the same prose, with our components replaced by their text (Starlight has none
 * of them), so both builds render the same words.
 * Starlight's sidebar lists every page of each group, and it runs Pagefind, as ours does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales.ts';
import { projectRoot } from '../support/paths.ts';
import { buildEnvironment } from './build-env.ts';
import { timedBuild, type TimedBuild } from './timed-build.ts';

/** The Starlight release measured; Starlight 0.42 is the line that supports Astro 7. */
const starlightVersion = '0.42.4';

export interface StarlightBuild extends TimedBuild {
  pages: number;
}

const astroVersion = (): string =>
  (JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;

/** A folder with Astro and Starlight installed, reused while the versions stay the same. */
function starlightProject(): string {
  const root = join(tmpdir(), `starlight-bench-astro${astroVersion()}-starlight${starlightVersion}`);
  if (existsSync(join(root, 'node_modules/@astrojs/starlight/package.json'))) return root;
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify(
      {
        name: 'starlight-bench',
        private: true,
        type: 'module',
        dependencies: { astro: astroVersion(), '@astrojs/starlight': starlightVersion, sharp: '^0.35.5' },
      },
      null,
      2,
    )}\n`,
  );
  console.log(`installing Starlight ${starlightVersion} with Astro ${astroVersion()} into ${root} (once)…`);
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (install.status !== 0) throw new Error(`npm install in ${root} failed; Starlight is needed for the comparison`);
  return root;
}

/** Our MDX without our components (replaced by their words), heading ids or imports. */
export function withoutComponents(mdx: string): string {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const data = parse(frontmatter) as { title: string; description?: string };
  const text = body
    .replace(/^(import|export) .*$/gm, '')
    .replace(/ \{#[\w-]+\}$/gm, '')
    // A self-closing component stands for a word or a figure: keep its attribute values as text.
    .replace(/<[A-Z]\w*((?:\s+\w+=(?:"[^"]*"|\{[^}]*\}))*)\s*\/>/g, (_, attributes: string) =>
      [...attributes.matchAll(/=(?:"([^"]*)"|\{([^}]*)\})/g)].map((match) => match[1] ?? match[2]).join(' '),
    )
    // A component around prose (a callout, a link): keep the prose.
    .replace(/<\/?[A-Z]\w*(?:\s+\w+=(?:"[^"]*"|\{[^}]*\}))*\s*>/g, '');
  const head = [`title: ${JSON.stringify(data.title)}`];
  if (data.description) head.push(`description: ${JSON.stringify(data.description)}`);
  return `---\n${head.join('\n')}\n---\n${text}`;
}

/** Writes the guide of `contentRoot` (content/<locale>/<group>/<page>.mdx) as Starlight's docs; returns the groups and page count. */
function writeDocs(
  contentRoot: string,
  docs: string,
): { groups: { dir: string; label: string; order: number }[]; pages: number } {
  rmSync(docs, { recursive: true, force: true });
  const groups = new Map<string, { dir: string; label: string; order: number }>();
  let pages = 0;
  for (const locale of locales) {
    const localeRoot = join(contentRoot, locale.path);
    for (const group of readdirSync(localeRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const meta = parse(readFileSync(join(localeRoot, group.name, '_group.yaml'), 'utf8')) as { order: number; label: string };
      if (!groups.has(group.name)) groups.set(group.name, { dir: group.name, label: meta.label, order: meta.order });
      for (const file of readdirSync(join(localeRoot, group.name)).filter((name) => name.endsWith('.mdx'))) {
        const target = join(docs, locale.path, group.name, file);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, withoutComponents(readFileSync(join(localeRoot, group.name, file), 'utf8')));
        pages++;
      }
    }
  }
  return { groups: [...groups.values()].sort((a, b) => a.order - b.order), pages };
}

function writeConfig(root: string, groups: { dir: string; label: string }[]): void {
  const starlightLocales = Object.fromEntries(locales.map((locale) => [locale.path, { label: locale.label, lang: locale.tag }]));
  const sidebar = groups.map((group) => ({ label: group.label, items: [{ autogenerate: { directory: group.dir } }] }));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({
      title: 'Partner support guide',
      defaultLocale: ${JSON.stringify(locales[0]!.path)},
      locales: ${JSON.stringify(starlightLocales)},
      sidebar: ${JSON.stringify(sidebar)},
    }),
  ],
});
`,
  );
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
}

/** Builds the guide in `contentRoot` with Starlight; its wall time and peak RSS. */
export async function buildWithStarlight(contentRoot: string): Promise<StarlightBuild> {
  const root = starlightProject();
  const { groups, pages } = writeDocs(contentRoot, join(root, 'src/content/docs'));
  writeConfig(root, groups);
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  // The same environment as ours: a plain `astro build` on Node's default heap.
  const result = await timedBuild(root, buildEnvironment());
  if (result.status !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`the Starlight build failed (exit ${result.status})`);
  }
  return { ...result, pages };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await buildWithStarlight(join(projectRoot, 'content'));
  console.log(
    `Starlight: ${figures.pages} pages in ${figures.seconds.toFixed(1)} s (${figures.cpuSeconds.toFixed(1)} s CPU), peak RSS ${figures.peakRssMb.toFixed(0)} MB`,
  );
  for (const line of figures.timeline) console.log(`  ${line}`);
}
