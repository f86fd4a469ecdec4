/**
 * No guide page types an entitlement figure by hand: figures come from the rules through
 * <Entitlement …/> and <EntitlementTable …/>, so no locale can state a different number than the
 * calculator. A figure is digits next to an incident word (en, pt-BR, es-ES) or an "N-pack".
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readGuideSources } from '../../src/content/sources.ts';
import { projectRoot } from '../support/paths.ts';

const incidentWords = String.raw`(?:support\s+|de\s+suporte\s+|de\s+soporte\s+)?(?:incidents?|incidentes?|pack|pacotes?|paquetes?)`;
/** "10 incidents", "20 support incidents", "15 incidentes", "10-pack", "pacote … de 10 incidentes", "incidents: 5". */
const handTypedFigure = new RegExp(
  [
    String.raw`\b\d+(?:[\s\u00a0-]+\w+){0,2}?[\s\u00a0-]+${incidentWords}\b`,
    String.raw`\b\d+-pack\b`,
    String.raw`\b(?:incidents?|incidentes?|pack|pacote|paquete)\b[^.\n<]{0,20}?\b\d+\b`,
  ].join('|'),
  'i',
);

function handTypedFigures(mdx: string): string[] {
  // Frontmatter and component tags hold ids, not prose; anything else is prose a reader sees.
  const prose = mdx.replace(/^---[\s\S]*?---/, '').replace(/<[A-Z][^>]*\/?>/g, ' ');
  return prose.split('\n').filter((line) => handTypedFigure.test(line));
}

describe('figures in the guide', () => {
  const { pages } = readGuideSources(join(projectRoot, 'content'));

  it('finds the guide pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
  });

  it.each(pages.map((page) => [page.path, page.text]))('%s types no incident figure by hand', (_path, text) => {
    expect(handTypedFigures(text)).toEqual([]);
  });
});

describe('the hand-typed figure detector', () => {
  it.each([
    'Gold gives 20 incidents.',
    'a Silver competency gives 15 support incidents',
    'O pacote Signature de 10 incidentes',
    'el paquete de 5 incidentes de soporte',
    'the Signature 10-pack',
    'um pacote de 5',
    'Microsoft Action Pack: 10 incidentes de suporte',
    'incidents remaining: 5',
  ])('catches %j', (line) => {
    expect(handTypedFigures(line)).toEqual([line]);
  });

  it.each([
    'Choose **Windows 10** as the product and fill in placeholder details.',
    'Step 1: Sign in to Partner Center',
    'Gold gives <Entitlement offer="gold" benefit="product-support" />.',
    'Facts as of 2021, the number of incidents depends on the offer.',
    'the Partner Support contract shows the incidents remaining',
  ])('lets %j pass', (line) => {
    expect(handTypedFigures(line)).toEqual([]);
  });
});
