/**
 * Each kind of bad input stops the build with a message that names the file and the field:
 * a page missing in a locale, invalid frontmatter, a missing or broken UI string, a broken link or
 * anchor, an MDX component given an unknown id.
 */
import { describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy.ts';

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
  it('a guide page that exists in English but not in es-ES', () => {
    const result = buildWith((copy) => copy.remove('content/es-es/support-benefits/paid-plans.mdx'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/es-es/support-benefits/paid-plans.mdx is missing (exists in en)');
  });

  it('frontmatter without a required field', () => {
    const result = buildWith((copy) =>
      copy.edit('content/pt-br/support-benefits/overview.mdx', (text) => text.replace(/^description: .*\n/m, '')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/pt-br\/support-benefits\/overview\.mdx/);
    expect(result.output).toMatch(/description/);
  });

  it('frontmatter with a field of the wrong type', () => {
    const result = buildWith((copy) =>
      copy.edit('content/es-es/support-benefits/entitlements.mdx', (text) => text.replace(/^order: \d+$/m, 'order: third')),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/es-es/support-benefits/entitlements.mdx: frontmatter "order" is third but 3 in en');
  });

  it('a UI string missing in one locale and one with a broken interpolation', () => {
    const result = buildWith((copy) => {
      copy.edit('locales/es-ES/ui.json', (text) => text.replace(/\n\s*"guide": "Guía",/, ''));
      copy.edit('locales/pt-BR/ui.json', (text) => text.replace('{{date}}', '{{data}}'));
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('locales/es-ES/ui.json: missing key "nav.guide"');
    expect(result.output).toContain('locales/pt-BR/ui.json: "footer.factsFrom" uses {{data}} but English uses {{date}}');
  });

  it('a link to a page that does not exist and an anchor that does not exist', () => {
    const result = buildWith((copy) =>
      copy.edit(
        'content/en/support-benefits/overview.mdx',
        (text) => `${text}\n\nSee [nowhere](../no-such-page/) and [no anchor](../activate/#no-such-anchor).\n`,
      ),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'dist/en/guide/overview/index.html (from content/en/support-benefits/overview.mdx): href="../no-such-page/"',
    );
    expect(result.output).toContain('href="../activate/#no-such-anchor" → no element with id "no-such-anchor"');
  });

  it('an MDX component that refers to an unknown id', () => {
    const result = buildWith((copy) =>
      copy.edit('content/es-es/support-benefits/activate.mdx', (text) => `${text}\n\n<Label id="no-such-button" />\n`),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('<Label id="no-such-button"> on /es-es/guide/activate/: id must be one of');
  });
});
