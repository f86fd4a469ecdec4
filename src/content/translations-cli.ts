/**
 * `npm run translations`: every page of every locale as current, stale, untracked or missing.
 * `npm run translations -- --stamp pt-br/activate` records that the translation now matches the
 * English page (run it after updating the translation); `--stamp all` stamps every translated page.
 * `npm run translations -- --diff pt-br/activate` shows what changed in English since the stamp.
 * A page name it does not know stops it (exit 1) with the nearest name.
 */
import { fileURLToPath } from 'node:url';
import { defaultLocale, localePaths } from '../i18n/locales.ts';
import { englishDiff, pageStatuses, resolvePage, stamp, statusReport } from './translations.ts';

const contentRoot = process.env.CONTENT_ROOT ?? fileURLToPath(new URL('../../content/', import.meta.url));
const [command, target] = process.argv.slice(2);
const statuses = pageStatuses(contentRoot, localePaths, defaultLocale.path);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (command === undefined) {
  console.log(statusReport(statuses));
} else if (command === '--stamp' || command === '--diff') {
  const pages =
    command === '--stamp' && target === 'all'
      ? statuses.filter((page) => page.status !== 'missing')
      : [resolvePage(statuses, target)];
  for (const page of pages) {
    if (typeof page === 'string') fail(page);
    try {
      console.log(
        command === '--stamp'
          ? `${page.id}: stamped ${stamp(contentRoot, defaultLocale.path, page)}`
          : englishDiff(contentRoot, defaultLocale.path, page),
      );
    } catch (error) {
      fail(`${page.id}: ${(error as Error).message}`);
    }
  }
} else {
  fail(`unknown option "${command}"; use --stamp <locale>/<page> | all, or --diff <locale>/<page>`);
}
