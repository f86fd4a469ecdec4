/**
 * Each kind of bad input stops the build with a message that names the file and the field:
 * a page missing in a locale, invalid frontmatter, a missing or broken UI string, a broken link or
 * anchor, an MDX component given an unknown id, a translation that says less than English.
 */
import { describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy.ts';

/** The problems listed under "Checking the site sources failed with N problem(s):", one per line. */
function sourceProblems(output: string): string[] {
  const list = /Checking the site sources failed with \d+ problem\(s\):\n((?:\s+- .*\n?)+)/.exec(output)?.[1] ?? '';
  return list
    .split('\n')
    .map((line) => line.replace(/^\s+- /, '').trim())
    .filter(Boolean);
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

describe.concurrent('the build refuses bad input', () => {
  it('frontmatter without a required field', () => {
    const result = buildWith((copy) =>
      copy.edit('content/pt-br/support-benefits/overview.mdx', (text) => text.replace(/^description: .*\n/m, '')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/pt-br\/support-benefits\/overview\.mdx/);
    expect(result.output).toMatch(/description/);
  });

  it('frontmatter with a field of the wrong type', () => {
    // The same wrong value in every locale, so the parity check between locales has nothing to say:
    // only the collection's schema can stop this build (the source check applies it first).
    const result = buildWith((copy) => {
      for (const locale of ['en', 'pt-br', 'es-es'])
        copy.edit(`content/${locale}/support-benefits/entitlements.mdx`, (text) => text.replace(/^order: \d+$/m, 'order: third'));
    });
    expect(result.status).not.toBe(0);
    for (const locale of ['en', 'pt-br', 'es-es'])
      expect(result.output).toContain(
        `content/${locale}/support-benefits/entitlements.mdx: frontmatter "order": Invalid input: expected number, received string`,
      );
  });

  it('a page title with an inline-markup token the rules do not know', () => {
    const result = buildWith((copy) =>
      copy.edit('content/pt-br/support-benefits/next-steps.mdx', (text) =>
        text.replace(/^title: .*$/m, 'title: Próximos {label:no-such-label}'),
      ),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/pt-br/support-benefits/next-steps.mdx: title: unknown label "no-such-label"');
  });

  it('a link to a page that does not exist and an anchor that does not exist', () => {
    // In every locale, so the translations still say what English says (meaning parity).
    const result = buildWith((copy) => {
      for (const locale of ['en', 'pt-br', 'es-es'])
        copy.edit(
          `content/${locale}/support-benefits/overview.mdx`,
          (text) => `${text}\n\nSee [nowhere](../no-such-page/) and [no anchor](../activate/#no-such-anchor).\n`,
        );
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'dist/en/guide/overview/index.html (from content/en/support-benefits/overview.mdx): href="../no-such-page/"',
    );
    expect(result.output).toContain('href="../activate/#no-such-anchor" → no element with id "no-such-anchor"');
  });

  it('an MDX component that refers to an unknown id', () => {
    const result = buildWith((copy) => {
      for (const locale of ['en', 'pt-br', 'es-es'])
        copy.edit(`content/${locale}/support-benefits/activate.mdx`, (text) => `${text}\n\n<Label id="no-such-button" />\n`);
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /Invalid props of <Label> in content\/(?:en|pt-br|es-es)\/support-benefits\/activate\.mdx \(\/(?:en|pt-br|es-es)\/guide\/activate\/\):\n\s+- id: "no-such-button" is not one of benefits, /,
    );
  });

  it('a page missing in a locale, broken UI strings and a translation that says less: all named at once', () => {
    // The source check reports every problem it finds before it stops the build, so one build
    // shows that each of these is one of the problems that stopped it.
    const result = buildWith((copy) => {
      copy.remove('content/es-es/support-benefits/paid-plans.mdx');
      copy.edit('locales/es-ES/ui.json', (text) => text.replace(/\n\s*"guide": "Guía",/, ''));
      copy.edit('locales/pt-BR/ui.json', (text) => text.replace('{{date}}', '{{data}}'));
      copy.edit('content/pt-br/support-benefits/cloud-support.mdx', (text) =>
        text.replace(/<Callout kind="important">[\s\S]*?<\/Callout>/, ''),
      );
    });
    expect(result.status).not.toBe(0);
    const problems = sourceProblems(result.output);
    expect(problems).toContain('content/es-es/support-benefits/paid-plans.mdx is missing (exists in en)');
    expect(problems).toContain('locales/es-ES/ui.json: missing key "nav.guide"');
    expect(problems).toContain('locales/pt-BR/ui.json: "footer.factsFrom" uses {{data}} but English uses {{date}}');
    expect(problems).toContain(
      'content/pt-br/support-benefits/cloud-support.mdx #ids-once: 0 × <Callout kind="important">, English has 1',
    );
    expect(problems).toContain(
      'content/pt-br/support-benefits/cloud-support.mdx #ids-once: 0 × <PortalMessage id="access-id-already-associated">, English has 1',
    );
  });
});
