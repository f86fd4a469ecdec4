/**
 * The proof-reading of built pages (src/integrations/proofread.ts) on small HTML fixtures: one
 * deliberate break of each kind is found and named, and the same page written right passes.
 */
import { describe, expect, it } from 'vitest';
import { keyPaths, proofreadPage, type ProofKind } from '../../src/integrations/proofread.ts';

const options = {
  uiKeys: keyPaths({ calculator: { result: { why: 'Why: {{section}}' } } }),
  names: ['Support for Business', 'Partner Center'],
  translated: new Set(['pt-BR', 'es-ES']),
};
const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`;
const kinds = (html: string): ProofKind[] => proofreadPage(html, options).map((problem) => problem.kind);
const texts = (html: string): string[] => proofreadPage(html, options).map((problem) => `${problem.kind}: ${problem.text}`);

describe('proof-reading a built page', () => {
  it('passes a page written right', () => {
    const html = page(
      'pt-BR',
      '<h1>Ativar</h1><p>Entre no Partner Center e abra o <a href="#">Support for Business</a>. A mensagem <q lang="en">You are not authorized</q> (<span>tradução livre: <q>Você não está autorizado</q></span>) diz “isto”.</p>' +
        '<nav><a><span>Anterior<span class="visually-hidden">:</span></span> <span>Visão geral</span></a> <a><span>Próximo:</span> <span>Ativar</span></a></nav>',
    );
    expect(texts(html)).toEqual([]);
  });

  it('finds words run together across elements (the footer, "PreviousOverview")', () => {
    const footer = page(
      'en',
      '<footer><p>From the article<cite lang="en">Technical Support</cite>.<a href="#">Original article</a></p></footer>',
    );
    expect(texts(footer)).toEqual([
      'run-together: From the articleTechnical Support',
      'run-together: the articleTechnical Support.Original article',
    ]);
    expect(kinds(page('en', '<nav><a><span>Previous</span><span>Overview</span></a></nav>'))).toEqual(['run-together']);
  });

  it('finds doubled punctuation and two colons in one clause', () => {
    expect(texts(page('en', '<p>Select the button.. Then go on.</p>'))).toEqual(['punctuation: Select the button.. Then go on.']);
    expect(texts(page('pt-BR', '<p><a href="#">Por quê: Etapa 3: ative o benefício</a></p>'))).toEqual([
      'punctuation: Por quê: Etapa 3: ative o benefício',
    ]);
    expect(texts(page('pt-BR', '<p><a href="#">No guia: “Etapa 3: ative o benefício”</a></p>'))).toEqual([]);
    expect(
      kinds(page('pt-BR', '<p>Selecione <strong>Clientes</strong> (<em lang="en">Customers</em>) (lista de clientes).</p>')),
    ).toEqual(['punctuation']);
  });

  it('finds a heading repeated by the element right after it', () => {
    const html = page(
      'pt-BR',
      '<h2>O que o artigo original não diz</h2><div class="callout"><p>O que o artigo original não diz</p><p>Texto.</p></div>',
    );
    expect(texts(html)).toEqual(['repeated-heading: O que o artigo original não diz / O que o artigo original não diz']);
    // A sentence may open with its heading's subject.
    const subject = page(
      'en',
      '<h2>Microsoft Action Pack</h2><p>Microsoft Action Pack does not include cloud support, so it comes with none at all.</p>',
    );
    expect(texts(subject)).toEqual([]);
  });

  it('finds UI keys and placeholders left untranslated', () => {
    expect(texts(page('es-ES', '<p>result.why</p><p>calculator:result.why</p><p>Hola {{name}}</p>'))).toEqual([
      'ui-key: result.why',
      'ui-key: calculator:result.why',
      'ui-key: Hola {{name}}',
    ]);
  });

  it('finds English in a translated page unless it is marked lang="en" or a name', () => {
    expect(texts(page('es-ES', '<p>Productos locales (on-premises) recientes.</p>'))).toEqual([
      'english: Productos locales (on-premises) recientes.',
    ]);
    expect(texts(page('es-ES', '<p>Click the button and wait.</p>'))).toEqual(['english: Click the button and wait.']);
    expect(
      texts(page('es-ES', '<p>Productos locales (<span lang="en">on-premises</span>) en Support for Business.</p>')),
    ).toEqual([]);
    expect(texts(page('en', '<p>The product and the portal.</p>'))).toEqual([]);
    // A locale being added (no terms yet) still shows the English it has not translated.
    expect(texts(page('de-DE', '<p>Click the button and wait.</p>'))).toEqual([]);
  });

  it('finds quotation marks of another style than the locale’s', () => {
    expect(kinds(page('es-ES', '<p>El mensaje “hola” aparece.</p>'))).toEqual(['quotes', 'quotes']);
    expect(kinds(page('es-ES', '<p>El mensaje «dice “hola” al final» aparece.</p>'))).toEqual([]);
    expect(kinds(page('pt-BR', '<p>A mensagem «olá» e "olá".</p>'))).toEqual(['quotes', 'quotes', 'quotes', 'quotes']);
    expect(kinds(page('pt-BR', '<p>A mensagem <q lang="en">hello</q> e “olá”.</p>'))).toEqual([]);
  });

  it('finds text that only a text browser would show (template, hidden)', () => {
    const html = page('en', '<template><p>Nothing in the guide answers that.</p></template><div hidden><p>Ignored:</p></div>');
    expect(texts(html)).toEqual(['text-browser-only: Nothing in the guide answers that.', 'text-browser-only: Ignored:']);
    expect(texts(page('en', '<noscript><p>Turn on JavaScript to see results.</p></noscript><div hidden></div>'))).toEqual([]);
  });
});
