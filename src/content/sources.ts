/**
 * The one reader of the guide's sources outside the collection: every MDX file under `content/`
 * with its frontmatter parsed by the collection's schema (src/content/schema.ts), and every group
 * file. The build gate (content check, meaning parity, freshness), the translations CLI and the
 * tests read the guide through it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { guidePageSchema, type GuidePageData } from './schema.ts';

/** One guide page's source in one locale folder. */
export interface GuideSource {
  /** The locale folder, e.g. `pt-br`. */
  readonly locale: string;
  readonly group: string;
  /** The page's file name without `.mdx`: its URL segment. */
  readonly slug: string;
  /** `<group>/<page>.mdx` inside the locale folder. */
  readonly file: string;
  /** `content/<locale>/<group>/<page>.mdx`, as problems name it. */
  readonly path: string;
  /** The whole file. */
  readonly text: string;
  /** The frontmatter as the schema parses it; null when it does not (see `problems`). */
  readonly data: GuidePageData | null;
}

export interface GuideSources {
  /** Every folder directly under `content/`. */
  readonly folders: readonly string[];
  /** Every page at `<locale>/<group>/<page>.mdx`, by locale folder, then file. */
  readonly pages: readonly GuideSource[];
  /** `<locale>/<group>` for every `_group.yaml`. */
  readonly groups: ReadonlySet<string>;
  /** `content/…` paths of MDX files that are not at `<locale>/<group>/<page>.mdx`. */
  readonly misplaced: readonly string[];
  /** Frontmatter that is not YAML or does not fit the schema, naming file and field. */
  readonly problems: readonly string[];
}

/** The YAML between the leading `---` lines, as an object (empty without frontmatter). */
export function frontmatterOf(text: string): Record<string, unknown> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const data: unknown = block === undefined ? {} : parseYaml(block);
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function parsePage(path: string, text: string, problems: string[]): GuidePageData | null {
  let raw: Record<string, unknown>;
  try {
    raw = frontmatterOf(text);
  } catch (error) {
    problems.push(`${path}: frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
    return null;
  }
  const result = guidePageSchema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    problems.push(`${path}: frontmatter "${issue.path.join('.') || '(all)'}": ${issue.message}`);
  return null;
}

/** Reads every guide source below `contentRoot` (the project's `content/` folder). */
export function readGuideSources(contentRoot: string): GuideSources {
  const folders = existsSync(contentRoot)
    ? readdirSync(contentRoot)
        .filter((entry) => statSync(join(contentRoot, entry)).isDirectory())
        .sort()
    : [];
  const pages: GuideSource[] = [];
  const groups = new Set<string>();
  const misplaced: string[] = [];
  const problems: string[] = [];
  for (const locale of folders) {
    const files = readdirSync(join(contentRoot, locale), { recursive: true, encoding: 'utf8' })
      .map((file) => file.split('\\').join('/'))
      .sort();
    for (const file of files) {
      const parts = file.split('/');
      if (parts.length === 2 && parts[1] === '_group.yaml') groups.add(`${locale}/${parts[0]}`);
      if (!file.endsWith('.mdx')) continue;
      const path = `content/${locale}/${file}`;
      if (parts.length !== 2) {
        misplaced.push(path);
        continue;
      }
      const text = readFileSync(join(contentRoot, locale, file), 'utf8');
      pages.push({
        locale,
        group: parts[0]!,
        slug: parts[1]!.slice(0, -4),
        file,
        path,
        text,
        data: parsePage(path, text, problems),
      });
    }
  }
  return { folders, pages, groups, misplaced, problems };
}

/** The pages of one locale folder. */
export function pagesOf(sources: GuideSources, locale: string): GuideSource[] {
  return sources.pages.filter((page) => page.locale === locale);
}
