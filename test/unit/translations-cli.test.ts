/**
 * `npm run translations` over a fixture guide in its own git repository: the listing (missing,
 * stale, current per locale), an unknown page refused with the nearest name, a stamp refused on a
 * page whose frontmatter is broken, and `--diff` showing what changed in English since the stamp.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishDiff, pageStatuses, resolvePage, stamp, statusReport, type PageStatus } from '../../src/content/translations.ts';
import { stampTranslation } from '../../src/content/freshness.ts';
import { projectRoot } from '../support/paths.ts';
import { tempDir } from '../support/temp-dir.ts';

const englishPage = (line: string) =>
  `---\ntitle: Activate\ndescription: How to activate the benefits.\norder: 1\n---\n\n${line}\n`;
const translated = '---\ntitle: Ativar\ndescription: Como ativar os benefícios.\norder: 1\n---\n\nEntre.\n';

function fixture() {
  const root = tempDir('translations');
  const content = join(root, 'content');
  for (const dir of ['en/g', 'pt-br/g']) mkdirSync(join(content, dir), { recursive: true });
  writeFileSync(join(content, 'en/g/activate.mdx'), englishPage('Sign in.'));
  writeFileSync(join(content, 'en/g/overview.mdx'), englishPage('Overview.').replace('order: 1', 'order: 2'));
  writeFileSync(join(content, 'pt-br/g/activate.mdx'), stampTranslation(englishPage('Sign in.'), translated));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'guide', '--allow-empty');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'pages');
  return { content, statuses: () => pageStatuses(content, ['en', 'pt-br'], 'en') };
}

const page = (statuses: PageStatus[], id: string) => statuses.find((status) => status.id === id)!;

describe('translations CLI', () => {
  it('lists every page per locale: missing and stale ones with what to do, then current ones', () => {
    const { content, statuses } = fixture();
    expect(statusReport(statuses())).toBe(
      'pt-br: 1 current, 0 stale, 0 untracked, 1 missing\n' +
        '  missing    pt-br/overview  (translate content/pt-br/g/overview.mdx)\n' +
        '  current    pt-br/activate',
    );
    writeFileSync(join(content, 'en/g/activate.mdx'), englishPage('Sign in with your MPN account.'));
    expect(statusReport(statuses())).toContain(
      '  stale      pt-br/activate  (see what changed: npm run translations -- --diff pt-br/activate)',
    );
  });

  it('refuses a page it does not know, naming the nearest one', () => {
    const { statuses } = fixture();
    expect(resolvePage(statuses(), 'pt-br/activte')).toBe(
      'unknown page "pt-br/activte"; did you mean pt-br/activate? (pages: npm run translations)',
    );
    expect(resolvePage(statuses(), 'pt-br/activate')).toMatchObject({ status: 'current' });
  });

  it('exits 1 on an unknown page, from the command line', () => {
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'src/content/translations-cli.ts'), '--stamp', 'pt-br/activte'],
      {
        env: { ...process.env, CONTENT_ROOT: fixture().content },
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('did you mean pt-br/activate?');
  }, 30_000);

  it('shows the English change since the stamp', () => {
    const { content, statuses } = fixture();
    writeFileSync(join(content, 'en/g/activate.mdx'), englishPage('Sign in with your MPN account.'));
    const diff = englishDiff(content, 'en', page(statuses(), 'pt-br/activate'));
    expect(diff).toContain('-Sign in.');
    expect(diff).toContain('+Sign in with your MPN account.');
  });

  it('refuses to stamp a page whose frontmatter is not closed, and leaves it as it was', () => {
    const { content, statuses } = fixture();
    const file = join(content, 'pt-br/g/activate.mdx');
    const broken = readFileSync(file, 'utf8').replace(/\n---\n/, '\n\n');
    writeFileSync(file, broken);
    expect(() => stamp(content, 'en', page(statuses(), 'pt-br/activate'))).toThrow(/frontmatter opened here is never closed/);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });
});
