/**
 * One term per concept: no guide page and no UI string of a translated locale uses a variant that
 * the project's term list (docs/editorial/terms.yaml) forbids. A failure names file, line, the words
 * found and the term to use instead; the build runs the same check (checkTerms) before rendering.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTerms, readTermList, termViolations, type TranslatedTag } from '../../src/i18n/terms.ts';
import { locales } from '../../src/i18n/locales.ts';
import { projectRoot } from '../support/paths.ts';
import { readGuideSources } from '../../src/content/sources.ts';

const list = readTermList(projectRoot);
const found = (text: string, tag: TranslatedTag, kind: 'mdx' | 'json' = 'mdx') =>
  termViolations(text, list.terms[tag] ?? [], kind).map((violation) => `${violation.line}: ${violation.found}`);

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

  // A locale being added has no entry yet (nothing of it is checked, see below); every entry there is
  // belongs to a locale of the map and is a real list.
  it('lists terms only for locales of the map, a real list each, each term with a note', () => {
    const tags = Object.keys(list.terms);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(locales.map((locale) => locale.tag)).toContain(tag);
      const rules = list.terms[tag as TranslatedTag] ?? [];
      expect(rules.length, tag).toBeGreaterThan(10);
      for (const rule of rules) expect(rule.note.trim(), rule.preferred).not.toBe('');
    }
  });

  it('checks nothing in a locale the list has no entry for (a language being added)', () => {
    const pages = [{ locale: 'es-es', path: 'content/es-es/g/p.mdx', text: 'Ignore el mensaje.' }];
    expect(checkTerms(projectRoot, list, pages)).toEqual([expect.stringMatching(/^content\/es-es\/g\/p\.mdx:1:1: "Ignore"/)]);
    const withoutSpanish = { names: list.names, terms: { 'pt-BR': list.terms['pt-BR'] ?? [] } };
    expect(checkTerms(projectRoot, withoutSpanish, pages)).toEqual([]);
  });
});

describe('the decisions of issue #21', () => {
  it('pt-BR: "ID" is feminine, linking again is "vincular", the tool is the "solucionador"', () => {
    expect(found('Informe o ID de acesso e os dois IDs.', 'pt-BR')).toEqual(['1: o ID', '1: dois IDs']);
    expect(found('Informe a ID de acesso e as duas IDs.', 'pt-BR')).toEqual([]);
    expect(found('O contrato foi associado à mesma conta mais de uma vez.', 'pt-BR')).toEqual([
      '1: associado à mesma conta mais de uma vez',
    ]);
    expect(found('O contrato já está associado à sua conta.', 'pt-BR')).toEqual([]);
    expect(found('As etapas da solução de problemas.', 'pt-BR')).toEqual(['1: da solução de problemas']);
    expect(found('Começar a solução de problemas.', 'pt-BR')).toEqual([]);
  });

  it('pt-BR: "dá" is told from "da" (accents: true); on-premises only marked lang="en"', () => {
    expect(found('O Action Pack dá 10 incidentes; não dá direito a nada da lista.', 'pt-BR')).toEqual(['1: dá']);
    expect(found('Produtos locais (on-premises) recentes.', 'pt-BR')).toEqual(['1: on-premises']);
    expect(found('Produtos locais recentes (<span lang="en">on-premises</span>).', 'pt-BR')).toEqual([]);
    expect(found('{ "a": "Um produto ({en|on-premises})" }', 'pt-BR', 'json')).toEqual([]);
  });

  it('es-ES: one word for ignore and for older, usted imperatives, Spain forms', () => {
    expect(found('No le haga caso. Ignore el mensaje. Páselo por alto.', 'es-ES')).toEqual(['1: No le haga caso', '1: Ignore']);
    expect(found('Un producto antiguo, un producto más antiguo, demasiado antiguo.', 'es-ES')).toEqual(['1: antiguo']);
    expect(found('{ "when": "Inicia sesión con una cuenta." }', 'es-ES', 'json')).toEqual(['1: Inicia']);
    expect(found('{ "when": "Usted inicia sesión con una cuenta." }', 'es-ES', 'json')).toEqual([]);
    expect(found('Compruebe que su empresa tenga una oferta; usted ya añadió el contrato.', 'es-ES')).toEqual([
      '1: Compruebe que',
      '1: ya añadió',
    ]);
  });

  it('passes every guide page and UI string of the project', () => {
    expect(checkTerms(projectRoot, list, readGuideSources(join(projectRoot, 'content')).pages)).toEqual([]);
  });

  it('fails on a split, naming file, line, words and the term to use', () => {
    const root = mkdtempSync(join(tmpdir(), 'terms-'));
    try {
      cpSync(join(projectRoot, 'docs'), join(root, 'docs'), { recursive: true });
      mkdirSync(join(root, 'content', 'pt-br', 'group'), { recursive: true });
      writeFileSync(join(root, 'content', 'pt-br', 'group', 'page.mdx'), '---\ntitle: T\n---\n\nInforme o ID de acesso.\n');
      expect(checkTerms(root, readTermList(root), readGuideSources(join(root, 'content')).pages)).toEqual([
        expect.stringMatching(
          /^content\/pt-br\/group\/page\.mdx:5:9: "o ID" → use "a ID de acesso.*docs\/editorial\/terms\.yaml\)$/,
        ),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('stops on a malformed entry, naming the field', () => {
    const root = mkdtempSync(join(tmpdir(), 'terms-'));
    try {
      mkdirSync(join(root, 'docs', 'editorial'), { recursive: true });
      writeFileSync(
        join(root, 'docs', 'editorial', 'terms.yaml'),
        "names: ['X']\npt-BR:\n  - use: a\n    why: b\n    not: ['(']\n",
      );
      expect(() => readTermList(root)).toThrow(/terms\.yaml: pt-BR\[0\]\.not holds an invalid regular expression/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the term list file', () => {
  it('lists the names that stay in English', () => {
    expect(list.names).toContain('Support for Business');
  });
});
