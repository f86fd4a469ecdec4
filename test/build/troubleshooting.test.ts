/**
 * The built troubleshooting guide, walked the way a reader without JavaScript walks it: from each
 * locale's start page, follow every answer link to the end. Every path must end on an outcome page
 * that shows its numbered steps, the portal labels and links they name, and a "why" link into the
 * guide; every page lists the answers given so far with a link to change each.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { hasPage, readDistFile, readPage } from '../support/dist.ts';
import { locales } from '../../src/i18n/locales.ts';
import { externalLinks } from '../../src/rules/program.ts';
import { portalMessages } from '../../src/rules/portal-messages.ts';
import { troubleshootingTree as tree, type NodeId } from '../../src/rules/troubleshooting.ts';
import { allPaths } from '../../src/rules/tree-graph.ts';
import { parseInline } from '../../src/i18n/inline-markup.ts';
import { looseKey, useTranslations } from '../../src/i18n/translator.ts';

const english = useTranslations('en', 'troubleshooting');

/** A site path (`/pt-br/troubleshooting/x/`) as a dist path (`pt-br/troubleshooting/x/`). */
const distPath = (href: string) => href.replace(/^\/+/, '').replace(/#.*$/, '');

interface Visit {
  readonly path: string;
  readonly page: HTMLElement;
  /** Question ids answered on the way here, and the answer ids given. */
  readonly given: readonly { question: string; answer: string }[];
}

/** Follows every answer link from the start page, as a reader would. */
function walk(localePath: string): Visit[] {
  const visits: Visit[] = [];
  const queue: Visit[] = [
    { path: `${localePath}/troubleshooting/`, page: readPage(`${localePath}/troubleshooting/`), given: [] },
  ];
  while (queue.length > 0) {
    const visit = queue.shift()!;
    visits.push(visit);
    if (visits.length > 200) throw new Error('the walk does not end');
    const region = visit.page.querySelector('[data-tree-node]')!;
    for (const link of region.querySelectorAll('a[data-tree-answer]')) {
      const path = distPath(link.getAttribute('href')!);
      queue.push({
        path,
        page: readPage(path),
        given: [
          ...visit.given,
          { question: region.getAttribute('data-tree-node')!, answer: link.getAttribute('data-tree-answer')! },
        ],
      });
    }
  }
  return visits;
}

describe.each(locales)('troubleshooting in $tag', (locale) => {
  const visits = walk(locale.path);
  const outcomes = visits.filter(
    (visit) => visit.page.querySelector('[data-tree-node]')?.getAttribute('data-kind') === 'outcome',
  );

  it('reaches every node of the tree, and as many outcomes as the tree has paths', () => {
    const reached = visits.map((visit) => visit.page.querySelector('[data-tree-node]')!.getAttribute('data-tree-node'));
    expect(new Set(reached)).toEqual(new Set(Object.keys(tree.nodes)));
    expect(outcomes).toHaveLength(allPaths(tree).length);
    for (const visit of visits) expect(visit.page.querySelector('html')!.getAttribute('lang')).toBe(locale.tag);
  });

  it('puts each node on its own page, /<locale>/troubleshooting/<node>/', () => {
    for (const visit of visits) {
      const id = visit.page.querySelector('[data-tree-node]')!.getAttribute('data-tree-node')!;
      expect(visit.path).toBe(id === tree.start ? `${locale.path}/troubleshooting/` : `${locale.path}/troubleshooting/${id}/`);
    }
  });

  it('shows on every page the answers given so far, each with a link back to its question, and "start again"', () => {
    for (const visit of visits) {
      const items = visit.page.querySelectorAll('[data-tree-given]');
      expect(
        items.map((item) => item.getAttribute('data-tree-given')),
        visit.path,
      ).toEqual(visit.given.map((given) => given.question));
      for (const [index, item] of items.entries()) {
        const question = visit.given[index]!.question;
        const change = item.querySelector('a[data-tree-link="change"]')!;
        expect(distPath(change.getAttribute('href')!)).toBe(
          question === tree.start ? `${locale.path}/troubleshooting/` : `${locale.path}/troubleshooting/${question}/`,
        );
        // The answer shown is the words of the link that was followed on the question's page.
        const questionPage = visits.find((other) => distPath(change.getAttribute('href')!) === other.path)!.page;
        const followed = questionPage.querySelector(`a[data-tree-answer="${visit.given[index]!.answer}"]`)!;
        expect(followed.text).toContain(item.querySelector('.tree-history-answer')!.text.trim());
      }
      const restart = visit.page.querySelector('a[data-tree-link="restart"]');
      if (visit.given.length > 0) expect(distPath(restart!.getAttribute('href')!)).toBe(`${locale.path}/troubleshooting/`);
    }
  });

  it('renders every outcome with its numbered steps, their labels and links, and a "why" link into the guide', () => {
    for (const visit of outcomes) {
      const region = visit.page.querySelector('[data-tree-node]')!;
      const id = region.getAttribute('data-tree-node') as NodeId;
      const node = tree.nodes[id];
      if (node.kind !== 'outcome') throw new Error(`${id} is not an outcome`);
      const steps = region.querySelectorAll('ol[data-tree-steps] > li');
      expect(
        steps.map((step) => step.getAttribute('data-tree-step')),
        visit.path,
      ).toEqual([...node.steps]);
      for (const [index, step] of steps.entries()) {
        // The labels and link a step names are the tokens of its English text.
        const parts = parseInline(english(looseKey(`step.${node.steps[index]!}.text`)), node.steps[index]!);
        expect(step.text.trim().length, `${visit.path} step ${index + 1}`).toBeGreaterThan(10);
        expect(step.text, `${visit.path} step ${index + 1}`).not.toMatch(/\{\{|\}\}|<en>|\uE000/);
        for (const part of parts) {
          if (part.kind === 'label')
            expect(step.querySelector(`[data-label="${part.id}"]`), `${visit.path}: ${part.id}`).not.toBeNull();
          if (part.kind === 'link')
            expect(step.querySelector(`a[href="${externalLinks[part.id]}"]`), `${visit.path}: ${part.id}`).not.toBeNull();
        }
      }

      const why = region.querySelector('a[data-tree-why]')!;
      const [guidePath, anchor] = why.getAttribute('href')!.split('#');
      expect(guidePath).toBe(`/${locale.path}/guide/${node.source.section}/`);
      expect(anchor).toBe(node.source.anchor);
      expect(
        readPage(distPath(guidePath!)).getElementById(anchor!),
        `${visit.path} → ${why.getAttribute('href')}`,
      ).not.toBeNull();
      expect(why.text.trim().length).toBeGreaterThan(0);
    }
  });

  it('indexes each node for search, ranking outcome titles and steps above passing mentions', () => {
    for (const visit of visits) {
      const region = visit.page.querySelector('[data-tree-node]')!;
      expect(region.hasAttribute('data-pagefind-body'), visit.path).toBe(true);
      expect(region.getAttribute('data-pagefind-filter')).toBe('kind:troubleshooting');
      // The answers given so far would make every node match its ancestors' words: kept out of the index.
      const history = visit.page.querySelector('.tree-history');
      if (visit.given.length === 0) expect(history, visit.path).toBeNull();
      else expect(history?.getAttribute('data-pagefind-ignore'), visit.path).toBe('all');
    }
    for (const visit of outcomes) {
      const region = visit.page.querySelector('[data-tree-node]')!;
      expect(Number(region.querySelector('h1')!.getAttribute('data-pagefind-weight'))).toBeGreaterThan(7);
      expect(Number(region.querySelector('ol[data-tree-steps]')!.getAttribute('data-pagefind-weight'))).toBeGreaterThan(1);
    }
  });

  it('quotes the exact English message in the indexed content of the outcome that explains it', () => {
    for (const visit of outcomes) {
      const region = visit.page.querySelector('[data-tree-node]')!;
      const node = tree.nodes[region.getAttribute('data-tree-node') as NodeId];
      if (node.kind !== 'outcome' || !node.explains) continue;
      const quote = region.querySelector(`.tree-message q[lang="en"][data-message="${node.explains}"]`);
      expect(quote?.text, visit.path).toBe(portalMessages[node.explains].text);
    }
  });

  it('offers the exact portal messages on the start page, in English, with their meaning, and links to the diagram', () => {
    const start = readPage(`${locale.path}/troubleshooting/`);
    for (const [id, message] of Object.entries(portalMessages)) {
      const link = start.querySelector(`a[data-tree-answer="${id}"]`)!;
      const quote = link.querySelector('q[lang="en"]')!;
      expect(quote.text).toBe(message.text);
      expect(link.text.replace(message.text, '').replace(/[“”"()\s]/g, '').length, `${id}: meaning`).toBeGreaterThan(10);
    }
    expect(start.querySelector(`a[href="/${locale.path}/troubleshooting/map/"]`)).not.toBeNull();
  });

  it('draws the whole tree on the map page as an SVG without inline styles, and lists it for screen readers', () => {
    expect(hasPage(`${locale.path}/troubleshooting/map/index.html`)).toBe(true);
    const map = readPage(`${locale.path}/troubleshooting/map/`);
    const svg = map.querySelector('svg[data-tree-diagram]')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(map.getElementById(svg.getAttribute('aria-labelledby')!)?.text.trim()).not.toBe('');
    expect(map.querySelectorAll('[style]')).toHaveLength(0);
    expect(
      new Set(svg.querySelectorAll('[data-tree-diagram-node]').map((node) => node.getAttribute('data-tree-diagram-node'))),
    ).toEqual(new Set(Object.keys(tree.nodes)));
    // Every node's title appears in the picture, in the page's language.
    const svgText = svg
      .querySelectorAll('text')
      .map((text) => text.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const visit of visits) expect(svgText).toContain(visit.page.querySelector('h1')!.text.trim().replace(/\s+/g, ' '));
    const listed = map.querySelectorAll('[data-tree-list-node] > a').map((link) => distPath(link.getAttribute('href')!));
    expect(new Set(listed)).toEqual(new Set(visits.map((visit) => visit.path)));
  });

  it('loads its JavaScript from files (the CSP forbids inline scripts), under 6 KB gzip in all', () => {
    const page = readPage(`${locale.path}/troubleshooting/access-id-error/`);
    const scripts = page.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/json');
    expect(scripts.filter((script) => !script.getAttribute('src'))).toHaveLength(0);
    const bytes = scripts.reduce((sum, script) => sum + gzipSync(readDistFile(distPath(script.getAttribute('src')!))).length, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(6 * 1024);
  });
});
