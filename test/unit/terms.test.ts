/**
 * One term per concept: no guide page and no UI string of a translated locale uses a variant that
 * src/i18n/terms.ts forbids (GLOSSARY.md and the decisions of issue #10). A failure names file, line,
 * the words found and the term to use instead.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { terms, termViolations } from '../../src/i18n/terms.ts';
import { locales, type LocaleTag } from '../../src/i18n/locales.ts';
import { projectRoot } from '../support/paths.ts';
import { pagesOf, readGuideSources } from '../../src/content/sources.ts';

const found = (text: string, tag: LocaleTag, kind: 'mdx' | 'json' = 'mdx') =>
  termViolations(text, tag, kind).map((violation) => `${violation.line}: ${violation.found}`);

describe('the term check', () => {
  it('flags a forbidden variant and passes the preferred term (es-ES)', () => {
    expect(found('1. Agregue el contrato.\n2. Pulse <Label id="add-contract" />.', 'es-ES')).toEqual(['1: Agregue', '2: Pulse']);
    expect(found('1. Añada el contrato.\n2. Seleccione <Label id="add-contract" />.', 'es-ES')).toEqual([]);
  });

  it('flags a forbidden variant and passes the preferred term (pt-BR)', () => {
    expect(found('Veja os próximos passos.\nVeja as próximas etapas.', 'pt-BR')).toEqual(['2: próximas etapas']);
    expect(found('O suporte atende produtos locais.', 'pt-BR')).toEqual(['1: atende']);
    expect(found('O suporte cobre produtos locais.', 'pt-BR')).toEqual([]);
  });

  it('matches whole words only, with accented letters counted as letters', () => {
    expect(found('Su fecha de finalización.', 'es-ES')).toEqual([]);
    expect(found('Su fecha de fin.', 'es-ES')).toEqual(['1: fecha de fin']);
    expect(found('Una pulsera y un socioeconómico.', 'es-ES')).toEqual([]);
    expect(found('Despliegue el menú.', 'es-ES')).toEqual([]);
  });

  it('ignores accents and case when looking for a variant', () => {
    expect(found('PULSÉ el botón y Expanda el menú.', 'es-ES')).toEqual(['1: PULSÉ', '1: Expanda']);
    expect(found('Veja as proximas etapas.', 'pt-BR')).toEqual(['1: proximas etapas']);
  });

  it('ignores text marked lang="en", component props and ids, anchors and link targets', () => {
    const mdx = [
      '## Partner Center {#partner-center}',
      'Vea <span lang="en">Expand the Partner Center menu</span> y <q lang=\\"en\\">click</q>.',
      '<ExternalLink to="partner-center-dashboard">panel</ExternalLink> [enlace](../partner-center/#expand).',
      '<PortalMessage id="access-id-already-associated" />',
    ].join('\n');
    expect(found(mdx, 'es-ES')).toEqual(['1: Partner Center']);
    expect(found('{ "expand": "Despliegue <em lang=\\"en\\">Expand</em>" }', 'es-ES', 'json')).toEqual([]);
  });

  it('allows "Centro de partners (Partner Center)" and "el Azure Portal", and a bare name only as a whole UI string', () => {
    expect(found('En el Centro de partners (Partner Center) y en el Azure Portal, del Azure Portal.', 'es-ES')).toEqual([]);
    expect(found('{\n  "azure-portal": "Azure Portal",\n  "hint": "Azure Portal muestra el error."\n}', 'es-ES', 'json')).toEqual(
      ['3: Azure Portal'],
    );
  });

  it('checks the title and description but no other frontmatter field', () => {
    const mdx = '---\ntranslates: 0123456789ab\ntitle: Próximas etapas\nsection: next-steps\n---\n\nTexto.';
    expect(found(mdx, 'pt-BR')).toEqual(['3: Próximas etapas']);
  });

  it('has rules for the languages GLOSSARY.md covers, each term with a note, and only for locales of the site', () => {
    expect(Object.keys(terms).sort()).toEqual(['es-ES', 'pt-BR']);
    for (const [tag, rules = []] of Object.entries(terms)) {
      expect(
        locales.map((locale) => locale.tag as string),
        tag,
      ).toContain(tag);
      expect(rules.length, tag).toBeGreaterThan(10);
      for (const rule of rules) expect(rule.note.trim(), rule.preferred).not.toBe('');
    }
  });

  it('finds nothing in a locale that has no term rules (its words are not checked yet)', () => {
    expect(found('Veja as próximas etapas.', 'en')).toEqual([]);
  });
});

function filesUnder(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .sort()
    .map((file) => join(dir, file));
}

describe.each(locales.filter((locale) => terms[locale.tag] !== undefined))('the terms of $tag', (locale) => {
  const tag = locale.tag;
  const sources = [
    ...pagesOf(readGuideSources(join(projectRoot, 'content')), locale.path).map((page) => ({
      file: join(projectRoot, page.path),
      kind: 'mdx' as const,
    })),
    ...filesUnder(join(projectRoot, 'locales', locale.tag), '.json').map((file) => ({ file, kind: 'json' as const })),
  ];

  it('finds the guide pages and the UI strings', () => {
    expect(sources.filter((source) => source.kind === 'mdx').length).toBeGreaterThanOrEqual(9);
    expect(sources.filter((source) => source.kind === 'json').length).toBeGreaterThanOrEqual(5);
  });

  it.each(sources.map((source) => [source.file.slice(projectRoot.length), source] as const))(
    '%s uses one term per concept',
    (_, source) => {
      const violations = termViolations(readFileSync(source.file, 'utf8'), tag, source.kind).map(
        (violation) =>
          `${source.file.slice(projectRoot.length)}:${violation.line}:${violation.column}: "${violation.found}" → use "${violation.rule.preferred}" (${violation.rule.note})`,
      );
      expect(violations).toEqual([]);
    },
  );
});
