/**
 * A guide page's source as its footer shows it: where to edit it, and when it last changed.
 *
 * When each file of the guide last changed, from git: one `git log` over `content/` per build,
 * read into a map of file → date of the newest commit that touched it. A file git does not know
 * (not committed yet, or a copy of the project without its history) has no date, and the page
 * then shows none. Commit dates, not file times, so a second build gives the same pages.
 */
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';

let dates: Map<string, string> | undefined;
let top = '';

function readDates(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8' }).trim();
    const log = execFileSync('git', ['log', '--format=%x00%ct', '--name-only', '--', '.'], {
      cwd: folder,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    // Newest commit first: the first date seen for a file is its last change.
    for (const commit of log.split('\0').slice(1)) {
      const [time = '', ...files] = commit.split('\n').filter(Boolean);
      const date = new Date(Number(time) * 1000).toISOString().slice(0, 10);
      for (const file of files) if (!found.has(file)) found.set(file, date);
    }
  } catch {
    // Not a git checkout, or git missing: no dates.
  }
  return found;
}

/** The ISO date (UTC) of the last commit that changed `file` (an absolute path inside `contentRoot`), or null. */
export function lastUpdated(contentRoot: string, file: string): string | null {
  dates ??= readDates(contentRoot);
  return top ? (dates.get(relative(top, file).split('\\').join('/')) ?? null) : null;
}

/**
 * Where an editor changes a source file (`content/en/…/page.mdx`, from the project root): under
 * `EDIT_URL_BASE` (e.g. `https://github.com/org/repo/edit/main/`), or nowhere when it is unset.
 */
export function editUrl(source: string, base = process.env.EDIT_URL_BASE?.trim()): string | undefined {
  if (!base) return undefined;
  return new URL(source, base.endsWith('/') ? base : `${base}/`).href;
}
