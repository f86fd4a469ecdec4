/**
 * Every question the calculator can be asked: every single offer, every pair of offers and some
 * larger sets, times every answer (including none) to each question of the registry. The evaluator
 * never throws, cites a guide section for every line, and gives each step at most once.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allOfferParams, emptyAnswers, parseOfferParam, type Answers, type OfferHolding } from '../../src/rules/answers.ts';
import { evaluate } from '../../src/rules/evaluate.ts';
import { silenceIds, silenceSources, stepIds, stepSources } from '../../src/rules/next-steps.ts';
import { entitlementRules, paidPlans, portals, sectionKeys, type Source } from '../../src/rules/program.ts';
import { portalMessages } from '../../src/rules/portal-messages.ts';
import { troubleshootingTree } from '../../src/rules/troubleshooting.ts';
import { questionIds } from '../../src/rules/questions.ts';
import { answerCombinations } from '../../src/rules/validate.ts';
import { defaultLocale } from '../../src/i18n/locales.ts';
import { projectRoot } from '../support/paths.ts';
import { guideFileOf } from '../support/guide-sources.ts';

const single = allOfferParams.map((param) => [parseOfferParam(param)!]);
const pairs = single.flatMap(([first], index) => single.slice(index + 1).map(([second]) => [first!, second!]));
const larger: OfferHolding[][] = [
  allOfferParams.map((param) => parseOfferParam(param)!),
  allOfferParams.filter((param) => param.startsWith('gold:')).map((param) => parseOfferParam(param)!),
  [{ kind: 'action-pack' }, { kind: 'silver', competency: 'other' }, { kind: 'gold', competency: 'security' }],
  [
    { kind: 'silver', competency: 'other' },
    { kind: 'gold', competency: 'other' },
    { kind: 'silver', competency: 'cloud-platform' },
  ],
];
const offerSets: OfferHolding[][] = [[], ...single, ...pairs, ...larger];

function* everyAnswer(): Generator<Answers> {
  const unanswered = answerCombinations(emptyAnswers, questionIds);
  for (const offers of offerSets) for (const answers of unanswered) yield { ...answers, offers };
}

function citationProblems(where: string, source: Source | undefined): string[] {
  if (!source) return [`${where}: no source`];
  const problems: string[] = [];
  if (!sectionKeys.includes(source.section)) problems.push(`${where}: unknown section ${source.section}`);
  if (source.facts.length === 0) problems.push(`${where}: no fact`);
  return problems;
}

describe('the evaluator over every combination of answers', () => {
  it('never throws, cites every line, repeats nothing, and keeps its promises', () => {
    let count = 0;
    const problems: string[] = [];
    const seenSteps = new Set<string>();
    for (const answers of everyAnswer()) {
      count++;
      const where = JSON.stringify(answers);
      const result = evaluate(answers);
      const ids = result.steps.map((step) => step.id);

      expect(result.entitlements.length, where).toBe(answers.offers.length * 2);
      for (const line of result.entitlements) problems.push(...citationProblems(`${where} ${line.ruleId}`, line.source));
      for (const step of result.steps) problems.push(...citationProblems(`${where} ${step.id}`, step.source));
      for (const silence of result.silences) problems.push(...citationProblems(`${where} ${silence.id}`, silence.source));
      if (new Set(ids).size !== ids.length) problems.push(`${where}: a step twice: ${ids.join(', ')}`);
      if (new Set(result.silences.map((s) => s.id)).size !== result.silences.length) problems.push(`${where}: a silence twice`);
      if (ids.length === 0) problems.push(`${where}: no next step at all`);

      // Promises a reader relies on.
      if ((answers.offers.length === 0) !== ids.includes('no-offer')) problems.push(`${where}: no-offer wrong`);
      if ((result.covered === false) !== ids.includes('paid-plans')) problems.push(`${where}: paid plans wrong`);
      if (
        answers.activated === 'yes' &&
        ids.some((id) => ['activate-yourself', 'ask-admin-to-activate', 'who-can-activate'].includes(id))
      ) {
        problems.push(`${where}: asks to activate an active benefit`);
      }
      if (answers.offers.length > 1 !== result.silences.some((s) => s.id === 'offers-combined'))
        problems.push(`${where}: offers-combined wrong`);
      ids.forEach((id) => seenSteps.add(id));
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(count).toBeGreaterThan(20_000);
    // Every step the calculator knows is reachable by some answer.
    expect([...seenSteps].sort()).toEqual([...stepIds].sort());
    // The combinations multiply with each question of the registry: the time allowed is generous.
  }, 60_000);
});

describe('the sources', () => {
  const anchorsIn = (locale: string, section: string) =>
    new Set(
      [...readFileSync(join(projectRoot, guideFileOf(locale, section)), 'utf8').matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]),
    );

  // Translations carry the same anchors as English (the build's content check); a page a locale lacks is shown in English.
  it('every cited section has its anchor in the English guide', () => {
    const citations: [string, Source][] = [
      ...stepIds.map((id) => [`step ${id}`, stepSources[id]] as [string, Source]),
      ...silenceIds.map((id) => [`silence ${id}`, silenceSources[id]] as [string, Source]),
      ...entitlementRules.map((rule) => [`cell ${rule.id}`, rule.source] as [string, Source]),
      ...Object.entries(troubleshootingTree.nodes).flatMap(([id, node]) =>
        node.kind === 'outcome' ? [[`node ${id}`, node.source] as [string, Source]] : [],
      ),
      ...Object.values(portals).map((portal) => [`portal ${portal.id}`, portal.source] as [string, Source]),
      ...Object.values(paidPlans).map((plan) => [`plan ${plan.id}`, plan.source] as [string, Source]),
      ...Object.entries(portalMessages).map(([id, message]) => [`message ${id}`, message.source] as [string, Source]),
    ];
    const missing = citations.flatMap(([where, citation]) =>
      anchorsIn(defaultLocale.path, citation.section).has(citation.anchor)
        ? []
        : [`${where}: ${guideFileOf(defaultLocale.path, citation.section)} has no {#${citation.anchor}}`],
    );
    expect(missing).toEqual([]);
  });
});
