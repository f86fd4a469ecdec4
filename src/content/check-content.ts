/**
 * Checks the guide's sources before the build: every page sits at `<locale>/<group>/<page>.mdx`, its
 * group has a `_group.yaml`, page names are unique across groups (they are the URLs), each content
 * folder is a locale, and a translated page has the same section anchors, `order` and `section` as
 * its English page. A page English has and a locale lacks is a problem when the project requires
 * full translations, and otherwise a warning (it is published in English). Every message names the
 * file and field.
 */
import { pagesOf, type GuideSources } from './sources.ts';

/** The `{#anchor}` of each heading of one MDX source, in order. */
export function anchorsOf(text: string): string[] {
  return [...text.matchAll(/^#{2,6} .*\{\s*#([\w-]+)\s*\}\s*$/gm)].map((match) => match[1]!);
}

export interface ContentCheckOptions {
  /** The folder of the source language (English). */
  sourceFolder?: string;
  /** When true (the default) a page missing in a locale stops the build; otherwise it is a warning. */
  requireFullTranslation?: boolean;
}

export interface ContentCheck {
  /** Stop the build. */
  problems: string[];
  /** Printed; the pages named are published in English. */
  warnings: string[];
}

export function checkContent(
  sources: GuideSources,
  localeFolders: readonly string[],
  { sourceFolder = 'en', requireFullTranslation = true }: ContentCheckOptions = {},
): ContentCheck {
  const problems: string[] = [...sources.problems];
  const warnings: string[] = [];
  const missing = (message: string) => (requireFullTranslation ? problems : warnings).push(message);

  for (const folder of sources.folders.filter((folder) => !localeFolders.includes(folder)))
    problems.push(`content/${folder}/ is not a locale folder (locales in src/i18n/locales.ts: ${localeFolders.join(', ')})`);
  for (const path of sources.misplaced) problems.push(`${path}: a guide page must be at content/<locale>/<group>/<page>.mdx`);

  const english = new Map(pagesOf(sources, sourceFolder).map((page) => [page.file, page]));
  if (english.size === 0) problems.push(`content/${sourceFolder}: no guide pages`);
  const englishGroups = new Set([...english.values()].map((page) => page.group));

  for (const folder of localeFolders) {
    const pages = pagesOf(sources, folder);
    const groupOfSlug = new Map<string, string>();
    for (const page of pages) {
      const other = groupOfSlug.get(page.slug);
      if (other !== undefined)
        problems.push(`${page.path}: page name "${page.slug}" is also used in content/${folder}/${other}/${page.slug}.mdx`);
      else groupOfSlug.set(page.slug, page.group);
    }

    for (const group of englishGroups) {
      if (sources.groups.has(`${folder}/${group}`)) continue;
      const message = `content/${folder}/${group}/_group.yaml is missing (the group's order and label)`;
      if (folder === sourceFolder) problems.push(message);
      else missing(message);
    }
    if (folder === sourceFolder) continue;

    for (const file of english.keys()) {
      if (!pages.some((page) => page.file === file)) missing(`content/${folder}/${file} is missing (exists in ${sourceFolder})`);
    }
    for (const page of pages) {
      const source = english.get(page.file);
      if (!source) {
        problems.push(`${page.path} has no ${sourceFolder} counterpart`);
        continue;
      }
      const [expected, actual] = [anchorsOf(source.text), anchorsOf(page.text)];
      if (expected.join() !== actual.join()) {
        problems.push(
          `${page.path}: section anchors [${actual.join(', ')}] differ from ${sourceFolder} [${expected.join(', ')}]`,
        );
      }
      if (!source.data || !page.data) continue; // the schema's problem is reported already
      for (const name of ['order', 'section'] as const) {
        if (source.data[name] !== page.data[name])
          problems.push(`${page.path}: frontmatter "${name}" is ${page.data[name]} but ${source.data[name]} in ${sourceFolder}`);
      }
    }
  }
  return { problems, warnings };
}
