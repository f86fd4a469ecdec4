/**
 * The layers of the code, checked over the import graph read by TypeScript's own parser:
 * `rules` imports only `rules`; `i18n` only `i18n` and `rules`; build code never imports the browser
 * islands; components never import layouts; components, layouts and locale pages read the locale
 * and words from the route context; and every package imported anywhere is declared in
 * package.json. Each failure names the importing file and the import. And the browser code keeps
 * one pattern: each island a page loads defines custom elements that wrap the markup they enhance.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../support/paths.ts';

/** Source files below a folder of the project, as paths relative to the root with `/`. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|astro)$/.test(entry.name))
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The module code of a file: an `.astro` file's frontmatter (its `<script>` tags are browser code,
 * bundled for the page, and may import islands), any other file whole.
 */
function moduleCode(file: string): string {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

interface Import {
  readonly file: string;
  readonly specifier: string;
  /** The imported file relative to the project root, for relative imports. */
  readonly target: string | null;
}

/** Every static, dynamic and type import of a file. */
function importsOf(file: string): Import[] {
  const { importedFiles } = ts.preProcessFile(moduleCode(file), true, true);
  return importedFiles.map(({ fileName: specifier }) => ({
    file,
    specifier,
    target: specifier.startsWith('.')
      ? relative(projectRoot, resolve(projectRoot, dirname(file), specifier))
          .split(sep)
          .join('/')
      : null,
  }));
}

const srcImports = sourceFiles('src').flatMap(importsOf);
const layerOf = (path: string) => /^src\/([^/]+)\//.exec(path)?.[1] ?? null;
const describeImport = (each: Import) => `${each.file} imports "${each.specifier}"`;

/** Imports from files in `from` layers that do not satisfy `allowed`. */
function offending(from: readonly string[], allowed: (each: Import) => boolean): string[] {
  return srcImports
    .filter((each) => from.includes(layerOf(each.file) ?? ''))
    .filter((each) => !allowed(each))
    .map(describeImport);
}

describe('layers', () => {
  it('finds the imports it checks (the reader works)', () => {
    // Guards the checks below against passing on an empty graph.
    expect(srcImports.some((each) => each.file === 'src/rules/predicates.ts' && each.target === 'src/rules/program.ts')).toBe(
      true,
    );
    expect(srcImports.some((each) => each.file.endsWith('.astro') && each.target?.startsWith('src/layouts/'))).toBe(true);
  });

  it('rules import only rules (no package, no other layer)', () => {
    expect(offending(['rules'], (each) => layerOf(each.target ?? '') === 'rules')).toEqual([]);
  });

  it('i18n imports only i18n, rules, the string files and packages', () => {
    // The translator types its keys from `locales/en/*.json`; that data is i18n's own.
    const allowed = (target: string) => ['i18n', 'rules'].includes(layerOf(target) ?? '') || target.startsWith('locales/');
    expect(offending(['i18n'], (each) => each.target === null || allowed(each.target))).toEqual([]);
  });

  it('build code (integrations, components, pages, content, layouts) never imports the browser islands', () => {
    const buildLayers = ['integrations', 'components', 'pages', 'content', 'layouts'];
    expect(offending(buildLayers, (each) => layerOf(each.target ?? '') !== 'islands')).toEqual([]);
  });

  it('components never import layouts', () => {
    expect(offending(['components'], (each) => layerOf(each.target ?? '') !== 'layouts')).toEqual([]);
  });

  it('components, layouts and locale pages take locale and words from the route context (Astro.locals)', () => {
    // One way in (src/middleware.ts): no translator of their own, no locale read from or written to params.
    const own = /\b(?:useTranslations|translatorFor)\(|Astro\.params(?:\.locale|\[['"]locale['"]\])/;
    const files = ['src/components', 'src/layouts', 'src/pages/[locale]'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((file) => own.test(readFileSync(join(projectRoot, file), 'utf8')))).toEqual([]);
  });
});

describe('packages', () => {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
  const builtins = new Set(builtinModules);
  /** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
  const packageOf = (specifier: string) =>
    specifier
      .split('/')
      .slice(0, specifier.startsWith('@') ? 2 : 1)
      .join('/');
  // Astro's virtual modules (`astro:content`) and Node's built-ins come with the runtime.
  const isRuntime = (specifier: string) =>
    specifier.startsWith('node:') || specifier.startsWith('astro:') || builtins.has(packageOf(specifier));

  it('every bare import in src/, test/ and astro.config.mjs is a package declared in package.json', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('test'), 'astro.config.mjs'];
    const undeclared = files
      .flatMap(importsOf)
      .filter((each) => each.target === null && !isRuntime(each.specifier) && !declared.has(packageOf(each.specifier)))
      .map(describeImport);
    expect(undeclared).toEqual([]);
  });
});

/** The island modules a page loads: what the `<script>` tags of `.astro` files import from src/islands/. */
function islandEntries(): string[] {
  const entries = new Set<string>();
  for (const file of sourceFiles('src').filter((name) => name.endsWith('.astro'))) {
    const text = readFileSync(join(projectRoot, file), 'utf8');
    for (const script of text.matchAll(/<script>([\s\S]*?)<\/script>/g))
      for (const [, specifier] of script[1]!.matchAll(/import\s+'([^']+)'/g))
        entries.add(
          relative(projectRoot, resolve(projectRoot, dirname(file), specifier!))
            .split(sep)
            .join('/'),
        );
  }
  return [...entries].sort();
}

describe('browser code', () => {
  it('each island a page loads is custom elements that wrap their markup, not code run against the whole document', () => {
    const entries = islandEntries();
    expect(entries).toEqual(expect.arrayContaining(['src/islands/site.ts', 'src/islands/calculator.ts']));
    const problems: string[] = [];
    for (const entry of entries) {
      const text = readFileSync(join(projectRoot, entry), 'utf8');
      if (!/customElements\.define\(/.test(text)) problems.push(`${entry}: defines no custom element`);
      // Top-level statements (no indentation) that look the page up: the pattern this rules out.
      for (const [line] of text.matchAll(/^(?![\s/*])[^\n]*\bdocument\.querySelector(?:All)?(?:<[^>]*>)?\(.*$/gm))
        problems.push(`${entry}: looks the page up at the top level: ${line.trim()}`);
    }
    expect(problems).toEqual([]);
  });
});
