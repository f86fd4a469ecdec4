/**
 * Each kind of bad input stops the build with a message that names the file and the field:
 * a page missing in a locale, invalid frontmatter, a missing or broken UI string, a broken link or
 * anchor, an MDX component given an unknown id, a translation that says less than English.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../support/project-copy.ts';
import { projectRoot } from '../support/paths.ts';
import { localePaths } from '../../src/i18n/locales.ts';

interface Message {
  file: string;
  line: number;
  column: number;
  what: string;
  fix: string;
}

/** The editor messages a failed build printed: `file:line:column — what — fix`, one a line. */
function messages(output: string): Message[] {
  return [...output.matchAll(/^(\S+?):(\d+):(\d+) — (.*?) — (.*)$/gm)].map(([, file, line, column, what, fix]) => ({
    file: file!,
    line: Number(line),
    column: Number(column),
    what: what!,
    fix: fix!,
  }));
}

/** What every failed build must look like: the list, and no stack trace or hook wrapper around it. */
function expectCleanFailure(result: { status: number | null; output: string }): Message[] {
  expect(result.status).toBe(1);
  expect(result.output).not.toMatch(/unhandled error|^\s+at .*\.ts:\d+/m);
  const found = messages(result.output);
  expect(found.length).toBeGreaterThan(0);
  return found;
}

function buildWith(change: (copy: ReturnType<typeof copyProject>) => void) {
  const copy = copyProject();
  try {
    change(copy);
    return copy.build();
  } finally {
    copy.dispose();
  }
}

/** The 1-based line of the first line of a project file that matches. */
function lineOf(path: string, pattern: RegExp): number {
  return (
    readFileSync(join(projectRoot, path), 'utf8')
      .split('\n')
      .findIndex((line) => pattern.test(line)) + 1
  );
}

// Five builds at once on a machine shared with other work: each may take minutes.
describe.concurrent('the build refuses bad input', { timeout: 300_000 }, () => {
  it('frontmatter mistakes, unclosed frontmatter and a title token: every one at once, each at its line from the top of the file', () => {
    const file = 'content/pt-br/support-benefits/overview.mdx';
    const unclosed = 'content/es-es/support-benefits/activate.mdx';
    const titled = 'content/pt-br/support-benefits/next-steps.mdx';
    const result = buildWith((copy) => {
      copy.edit(file, (text) =>
        text.replace(/^description: .*\n/m, '').replace(/^order: (\d+)$/m, 'order: first\nsecton: overview'),
      );
      copy.edit(unclosed, (text) => text.replace(/\n---\n/, '\n\n'));
      copy.edit(titled, (text) => text.replace(/^title: .*$/m, 'title: Próximos {label:no-such-label}'));
    });
    const found = expectCleanFailure(result);
    const order = lineOf(file, /^order:/) - 1; // the description line above it was removed
    expect(found.filter((message) => message.file === file)).toEqual([
      expect.objectContaining({
        line: 1,
        what: 'the field "description" is missing',
        fix: expect.stringMatching(/20–300 characters/),
      }),
      expect.objectContaining({ line: order, what: expect.stringMatching(/"order" is wrong: expected number/) }),
      expect.objectContaining({
        line: order + 1,
        what: 'unknown field "secton"',
        fix: expect.stringMatching(/did you mean "section"/),
      }),
    ]);
    // Unclosed frontmatter says so, and nothing else is said about that page ("order is undefined").
    expect(found.filter((message) => message.file === unclosed)).toEqual([
      {
        file: unclosed,
        line: 1,
        column: 1,
        what: 'the frontmatter opened here is never closed',
        fix: expect.stringMatching(/add a line with only ---/),
      },
    ]);
    expect(found).toContainEqual(
      expect.objectContaining({
        file: titled,
        line: lineOf(titled, /^title:/),
        what: 'title: unknown label "no-such-label" in {label:no-such-label}',
      }),
    );
    expect(result.output).not.toMatch(/\*\*/);
  });

  it('a link to a page that does not exist and an anchor that does not exist, named at the link in the source', () => {
    // In every locale, so the translations still say what English says (meaning parity).
    const result = buildWith((copy) => {
      for (const locale of localePaths)
        copy.edit(
          `content/${locale}/support-benefits/overview.mdx`,
          (text) => `${text}\n\nSee [nowhere](../no-such-page/) and [no anchor](../activate/#no-such-anchor).\n`,
        );
    });
    const found = expectCleanFailure(result).filter((message) => message.file === 'content/en/support-benefits/overview.mdx');
    // The link is on the line appended last: after the file's lines and one blank line.
    const line = readFileSync(join(projectRoot, 'content/en/support-benefits/overview.mdx'), 'utf8').split('\n').length + 2;
    expect(found).toContainEqual(
      expect.objectContaining({
        line,
        what: expect.stringMatching(/href="..\/no-such-page\/" → .*: no such page/),
        fix: expect.stringMatching(/existing page/),
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        line,
        what: expect.stringMatching(/no element with id "no-such-anchor"/),
        fix: expect.stringMatching(/\{#anchor\}/),
      }),
    );
  });

  it('a mistyped id in the English page is named there, once, with the nearest id; its translations are not blamed', () => {
    const file = 'content/en/support-benefits/activate.mdx';
    const result = buildWith((copy) =>
      copy.edit(file, (text) => text.replace('<Label id="technical-benefits"', '<Label id="technical-benefit"')),
    );
    expect(expectCleanFailure(result)).toEqual([
      {
        file,
        line: lineOf(file, /<Label id="technical-benefits"/),
        column: expect.any(Number),
        what: '<Label id="technical-benefit">: unknown id "technical-benefit"',
        fix: expect.stringMatching(/^did you mean "technical-benefits"\? id is one of/),
      },
    ]);
  });

  it('a misspelt component is named with the components there are', () => {
    const file = 'content/pt-br/support-benefits/overview.mdx';
    const result = buildWith((copy) => copy.edit(file, (text) => `${text}\n<Lable id="activate" />\n`));
    const found = expectCleanFailure(result);
    expect(found).toContainEqual(
      expect.objectContaining({
        file,
        what: 'unknown component <Lable>',
        fix: expect.stringMatching(/did you mean <Label>\? the components are <Callout>, /),
      }),
    );
    expect(result.output).not.toMatch(/forgot to import/);
  });

  it('a page missing in a locale, broken UI strings and a translation that says less: all named at once', () => {
    const result = buildWith((copy) => {
      copy.remove('content/es-es/support-benefits/paid-plans.mdx');
      copy.edit('locales/es-ES/ui.json', (text) => text.replace(/\n\s*"guide": "Guía",/, ''));
      copy.edit('locales/pt-BR/ui.json', (text) => text.replace(/("factsFrom": "[^"]*)\{\{date\}\}/, '$1{{data}}'));
      copy.edit('content/pt-br/support-benefits/cloud-support.mdx', (text) =>
        text.replace(/<Callout kind="important">[\s\S]*?<\/Callout>/, ''),
      );
    });
    const found = expectCleanFailure(result);
    expect(found).toContainEqual(
      expect.objectContaining({
        file: 'content/es-es/support-benefits/paid-plans.mdx',
        what: 'is missing (exists in en)',
        fix: expect.stringMatching(/REQUIRE_FULL_TRANSLATION=false/),
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        file: 'locales/es-ES/ui.json',
        what: 'missing key "nav.guide"',
        fix: expect.stringMatching(/add the key/),
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        file: 'locales/pt-BR/ui.json',
        line: lineOf('locales/pt-BR/ui.json', /"factsFrom"/),
        what: '"footer.factsFrom" uses {{data}} but English uses {{date}}',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        file: 'content/pt-br/support-benefits/cloud-support.mdx',
        what: '#ids-once: 0 × <Callout kind="important">, English has 1',
        fix: expect.stringMatching(/parityExceptions/),
      }),
    );
  });

  it('a new calculator question without its policy and without its pt-BR words: each named once, where it is fixed', () => {
    const withWords = (text: string) => {
      const words = JSON.parse(text) as { form: Record<string, string> } & Record<string, unknown>;
      words.form['csp'] = 'Is your organisation a Cloud Solution Provider?';
      words['csp'] = { yes: 'Yes', no: 'No' };
      return `${JSON.stringify(words, null, 2)}\n`;
    };
    const result = buildWith((copy) => {
      copy.edit('src/rules/questions.ts', (text) =>
        text.replace(
          /\n\} as const satisfies Record<string, Question>;/,
          `\n  csp: {\n    values: ['yes', 'no'],\n    words: { ns: 'calculator', prefix: 'csp' },\n    meaning: 'whether the organisation is a Cloud Solution Provider',\n    source: { section: 'activate', anchor: 'sign-in', facts: ['F2.3'] },\n  },$&`,
        ),
      );
      copy.edit('locales/en/calculator.json', withWords);
      copy.edit('locales/es-ES/calculator.json', withWords);
    });
    const found = expectCleanFailure(result);
    expect(found).toContainEqual({
      file: 'src/rules/questions.ts',
      line: lineOf('src/rules/questions.ts', /^\} as const satisfies/),
      column: 3,
      what: 'questions["csp"]: no rule reads its answer',
      fix: 'add the policy that reads it to src/rules/next-steps.ts',
    });
    const portuguese = found.filter((message) => message.file === 'locales/pt-BR/calculator.json');
    expect(portuguese.map((message) => message.what).sort()).toEqual([
      'missing key "csp.no"',
      'missing key "csp.yes"',
      'missing key "form.csp"',
    ]);
    expect(portuguese.find((message) => message.what === 'missing key "form.csp"')?.line).toBe(
      lineOf('locales/pt-BR/calculator.json', /^\s*"form": \{/),
    );
    expect(found.filter((message) => /csp/.test(message.what) && !/^locales\/pt-BR\/|^src\/rules\//.test(message.file))).toEqual(
      [],
    );
  });
});
