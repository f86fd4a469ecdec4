/**
 * The per-file reading of a guide source (src/content/page-lint.ts) and the editor messages every
 * check's problems become (src/integrations/editor-messages.ts): file, line counted from the top of
 * the file, what is wrong and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintGroup, lintPage } from '../../src/content/page-lint.ts';
import { formatMessage } from '../../src/content/editor-message.ts';
import { toEditorMessage } from '../../src/integrations/editor-messages.ts';
import { namedOnce } from '../../src/integrations/site-checks.ts';
import { tempDir } from '../support/temp-dir.ts';

const page = (frontmatter: string, body = '## Start {#start}\n\nText.\n') => `---\n${frontmatter}\n---\n\n${body}`;
const fields = 'title: Activate\ndescription: How to activate the benefits of the program.\norder: 2';

describe('page lint', () => {
  it('finds nothing wrong in a well-formed page', () => {
    expect(lintPage('content/en/g/a.mdx', page(fields, 'Click <Label id="activate" />.\n'))).toEqual([]);
  });

  it('reports every frontmatter mistake at once, at its line in the file, without markdown', () => {
    const source = page('title: Activate\norder: third\nsecton: activate');
    const found = lintPage('a.mdx', source);
    expect(found.map(({ line, what }) => [line, what])).toEqual([
      [1, 'the field "description" is missing'],
      [3, 'the field "order" is wrong: expected number, received string'],
      [4, 'unknown field "secton"'],
    ]);
    expect(found[2]!.fix).toMatch(/^did you mean "section"\?/);
    expect(found.map(formatMessage).join('\n')).not.toMatch(/\*\*/);
  });

  it('says the frontmatter is never closed, and after which line the closing --- goes', () => {
    expect(lintPage('a.mdx', `---\n${fields}\n\n## Start {#start}\n`)).toEqual([
      {
        file: 'a.mdx',
        line: 1,
        column: 1,
        what: 'the frontmatter opened here is never closed',
        fix: 'add a line with only --- after the last field (line 4)',
      },
    ]);
  });

  it('names a misspelt component with the nearest one and the list, at its line and column', () => {
    const [message] = lintPage('a.mdx', page(fields, 'First line.\n\nSee <Lable id="activate" />.\n'));
    expect(message).toMatchObject({ line: 9, column: 5, what: 'unknown component <Lable>' });
    expect(message!.fix).toMatch(/^did you mean <Label>\? the components are <Callout>, <CloudCompetencies>, /);
  });

  it('names an unknown id with the nearest known one', () => {
    const [message] = lintPage('a.mdx', page(fields, '<PortalMessage id="not-authorised" />\n'));
    expect(message).toMatchObject({ line: 7, what: '<PortalMessage id="not-authorised">: unknown id "not-authorised"' });
    expect(message!.fix).toMatch(/^did you mean "not-authorized"\?/);
  });

  it('names a component without the prop it needs', () => {
    expect(lintPage('a.mdx', page(fields, '<Callout>\nText.\n</Callout>\n'))[0]).toMatchObject({
      what: '<Callout> lacks kind="…"',
    });
  });

  it('reads a title token the rules do not know', () => {
    expect(lintPage('a.mdx', page(fields.replace('Activate', 'Activate {label:nope}')))[0]).toMatchObject({
      line: 2,
      what: 'title: unknown label "nope" in {label:nope}',
    });
  });

  it('reads a group file against its schema', () => {
    expect(lintGroup('content/en/g/_group.yaml', 'order: 1\n').map((message) => message.what)).toEqual([
      'the field "label" is missing',
    ]);
  });
});

describe('editor messages from the checks', () => {
  it('finds the line of a JSON key, a frontmatter field and a section anchor, and says how to fix it', () => {
    const root = tempDir('messages-');
    mkdirSync(join(root, 'locales/pt-BR'), { recursive: true });
    mkdirSync(join(root, 'content/pt-br/g'), { recursive: true });
    writeFileSync(
      join(root, 'locales/pt-BR/ui.json'),
      '{\n  "nav": {\n    "guide": "Guia"\n  },\n  "footer": {\n    "factsFrom": "{{data}}"\n  }\n}\n',
    );
    writeFileSync(join(root, 'content/pt-br/g/a.mdx'), page(fields, '## Start {#start}\n\nText.\n\n## Next {#next}\n'));

    expect(toEditorMessage('locales/pt-BR/ui.json: "footer.factsFrom" uses {{data}} but English uses {{date}}', root)).toEqual({
      file: 'locales/pt-BR/ui.json',
      line: 6,
      column: 5,
      what: '"footer.factsFrom" uses {{data}} but English uses {{date}}',
      fix: 'use exactly the {{variables}} English uses; translate only the words around them',
    });
    expect(toEditorMessage('content/pt-br/g/a.mdx: frontmatter "order" is 3 but 2 in en', root)).toMatchObject({
      line: 4,
      fix: 'set order to 2, as the en page has it',
    });
    expect(toEditorMessage('content/pt-br/g/a.mdx #next: 0 × <Callout kind="tip">, English has 1', root)).toMatchObject({
      line: 11,
      fix: expect.stringMatching(/parityExceptions/),
    });
    expect(
      toEditorMessage(
        'content/pt-br/g/a.mdx: frontmatter "translates" is missing (run: npm run translations -- --stamp pt-br/a)',
        root,
      ),
    ).toMatchObject({
      what: 'frontmatter "translates" is missing',
      fix: 'run npm run translations -- --stamp pt-br/a',
    });
  });

  it('tells a node from a portal message of the same id, and puts a missing key where it belongs', () => {
    const root = tempDir('messages-');
    mkdirSync(join(root, 'locales/es-ES'), { recursive: true });
    writeFileSync(
      join(root, 'locales/es-ES/troubleshooting.json'),
      '{\n  "message": {\n    "other": { "wording": "x" }\n  },\n  "node": {\n    "asleep": {\n      "title": ""\n    }\n  }\n}\n',
    );
    const file = 'locales/es-ES/troubleshooting.json';
    expect(toEditorMessage(`${file}: node "asleep" has no text "node.asleep.title"`, root)).toMatchObject({ line: 7, column: 7 });
    // message.asleep is not there at all: the place to add it is the "message" object.
    expect(toEditorMessage(`${file}: missing key "message.asleep.wording"`, root)).toMatchObject({ line: 2, column: 3 });
  });

  it('puts a question without a policy at its record, a term at the place the check found it', () => {
    const root = tempDir('messages-');
    mkdirSync(join(root, 'src/rules'), { recursive: true });
    writeFileSync(join(root, 'src/rules/questions.ts'), 'export const questions = {\n  product: {},\n  csp: {},\n};\n');
    expect(toEditorMessage('questions["csp"] (src/rules/questions.ts): no rule reads its answer', root)).toMatchObject({
      file: 'src/rules/questions.ts',
      line: 3,
      column: 3,
      fix: expect.stringContaining('src/rules/next-steps.ts'),
    });
    expect(
      toEditorMessage('locales/es-ES/ui.json:47:19: "Partner Center" → use "Centro de partners (Partner Center)"', root),
    ).toMatchObject({ file: 'locales/es-ES/ui.json', line: 47, column: 19, what: expect.stringMatching(/^"Partner Center"/) });
  });

  it('names a key a translation lacks once, not again as a text the rules need', () => {
    const file = 'locales/pt-BR/calculator.json';
    expect(
      namedOnce([
        `${file}: missing key "form.csp"`,
        `${file}: no text for "form.csp"`,
        `locales/es-ES/calculator.json: no text for "form.csp"`,
        `locales/pt-BR/troubleshooting.json: node "a" has no text "node.a.title"`,
      ]),
    ).toEqual([
      `${file}: missing key "form.csp"`,
      `locales/es-ES/calculator.json: no text for "form.csp"`,
      `locales/pt-BR/troubleshooting.json: node "a" has no text "node.a.title"`,
    ]);
  });

  it('puts a broken link of a guide page in its source file, at the link', () => {
    const root = tempDir('messages-');
    mkdirSync(join(root, 'content/en/g'), { recursive: true });
    writeFileSync(join(root, 'content/en/g/a.mdx'), page(fields, 'See [x](../b/#nope).\n'));
    expect(
      toEditorMessage(
        'dist/en/guide/a/index.html (from content/en/g/a.mdx): href="../b/#nope" → no element with id "nope" in dist/en/guide/b/index.html',
        root,
      ),
    ).toMatchObject({ file: 'content/en/g/a.mdx', line: 7, column: 7, fix: 'link to one of the {#anchor}s the target page has' });
  });
});
