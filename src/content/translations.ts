/**
 * What `npm run translations` does, as functions over a content folder: every page of every locale
 * as current, stale or missing; a page named on the command line resolved (or refused with the
 * nearest name); a stamp written only into a page whose frontmatter can take it; and the English
 * change since a translation's stamp, from git.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pagesOf, readGuideSources } from './sources.ts';
import { nearest, formatMessage } from './editor-message.ts';
import { recordedVersion, stampTranslation, versionOf, type Freshness } from './freshness.ts';
import { lintPage } from './page-lint.ts';

export interface PageStatus {
  /** `<locale>/<page>`, as the command line names it. */
  readonly id: string;
  readonly locale: string;
  /** `<group>/<page>.mdx` inside the locale folder. */
  readonly file: string;
  readonly status: Freshness | 'missing';
}

/** Every English page in every other locale, in the order of the English files. */
export function pageStatuses(contentRoot: string, localeFolders: readonly string[], sourceFolder: string): PageStatus[] {
  const english = pagesOf(readGuideSources(contentRoot), sourceFolder);
  return localeFolders
    .filter((locale) => locale !== sourceFolder)
    .flatMap((locale) =>
      english.map(({ file, slug }): PageStatus => {
        const translated = join(contentRoot, locale, file);
        const id = `${locale}/${slug}`;
        if (!existsSync(translated)) return { id, locale, file, status: 'missing' };
        const recorded = recordedVersion(readFileSync(translated, 'utf8'));
        const current = versionOf(readFileSync(join(contentRoot, sourceFolder, file), 'utf8'));
        return { id, locale, file, status: recorded === null ? 'untracked' : recorded === current ? 'current' : 'stale' };
      }),
    );
}

/** The listing: per locale a count line, then one line per page that needs work, then the current ones. */
export function statusReport(statuses: readonly PageStatus[]): string {
  const lines: string[] = [];
  for (const locale of [...new Set(statuses.map((status) => status.locale))]) {
    const pages = statuses.filter((status) => status.locale === locale);
    const of = (kind: PageStatus['status']) => pages.filter((page) => page.status === kind);
    const counts = (['current', 'stale', 'untracked', 'missing'] as const).map((kind) => `${of(kind).length} ${kind}`);
    lines.push(`${locale}: ${counts.join(', ')}`);
    for (const page of of('missing')) lines.push(`  missing    ${page.id}  (translate content/${page.locale}/${page.file})`);
    for (const page of of('stale'))
      lines.push(`  stale      ${page.id}  (see what changed: npm run translations -- --diff ${page.id})`);
    for (const page of of('untracked')) lines.push(`  untracked  ${page.id}  (npm run translations -- --stamp ${page.id})`);
    for (const page of of('current')) lines.push(`  current    ${page.id}`);
  }
  return lines.join('\n');
}

/** The page a command line names, or the error to print (with the nearest known name). */
export function resolvePage(statuses: readonly PageStatus[], wanted: string | undefined): PageStatus | string {
  if (!wanted) return 'name a page as <locale>/<page>, e.g. pt-br/activate';
  const page = statuses.find((status) => status.id === wanted);
  if (page) return page;
  const guess = nearest(
    wanted,
    statuses.map((status) => status.id),
  );
  return `unknown page "${wanted}"${guess ? `; did you mean ${guess}?` : ''} (pages: npm run translations)`;
}

/** Records that a translation matches its English page now; refuses a page whose frontmatter is broken. */
export function stamp(contentRoot: string, sourceFolder: string, page: PageStatus): string {
  if (page.status === 'missing')
    throw new Error(`${page.id} is not translated yet: create content/${page.locale}/${page.file} first`);
  const file = join(contentRoot, page.locale, page.file);
  const source = readFileSync(file, 'utf8');
  const name = relative(dirname(contentRoot), file);
  const frontmatter = lintPage(name, source).filter((message) => /frontmatter|YAML/.test(message.what));
  if (frontmatter.length > 0)
    throw new Error(`not stamped, fix the frontmatter first:\n${frontmatter.map(formatMessage).join('\n')}`);
  const english = readFileSync(join(contentRoot, sourceFolder, page.file), 'utf8');
  writeFileSync(file, stampTranslation(english, source));
  return versionOf(english);
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * The English page's change since the version a translation records: the last commit in which the
 * English file hashed to that version, diffed against the file as it is now.
 */
export function englishDiff(contentRoot: string, sourceFolder: string, page: PageStatus): string {
  if (page.status === 'missing') return `${page.id} is not translated yet: the whole English page is new to it`;
  const recorded = recordedVersion(readFileSync(join(contentRoot, page.locale, page.file), 'utf8'));
  if (recorded === null) return `${page.id} records no version ("translates"): stamp it once it matches English`;
  const englishFile = join(contentRoot, sourceFolder, page.file);
  if (versionOf(readFileSync(englishFile, 'utf8')) === recorded)
    return `${page.id} is current: English has not changed since it was stamped`;
  const cwd = dirname(englishFile);
  const path = relative(git(cwd, ['rev-parse', '--show-toplevel']).trim(), englishFile);
  for (const commit of git(cwd, ['log', '--format=%H', '--', englishFile]).split('\n').filter(Boolean)) {
    const then = git(cwd, ['show', `${commit}:${path}`]);
    if (versionOf(then) === recorded) return git(cwd, ['diff', '--no-color', commit, '--', englishFile]) || 'no difference';
  }
  return `no commit holds the English page at version ${recorded} (it was stamped from uncommitted text); compare by hand`;
}
