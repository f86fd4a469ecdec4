/**
 * Build-time checks of the rules: unique ids, provenance on every rule, every id known, and one
 * entitlement cell for every offer, benefit and competency kind. Returns problems naming the rule.
 */
import {
  benefitIds,
  competencyKinds,
  entitlementRules,
  externalLinks,
  offerKinds,
  paidPlans,
  portalLabels,
  portals,
  sectionKeys,
  type Source,
} from './program.ts';
import { portalMessages } from './portal-messages.ts';
import { silenceSources, stepIds, stepSources } from './next-steps.ts';
import { allOfferParams, emptyAnswers, parseOfferParam, type Answers } from './answers.ts';
import { evaluate } from './evaluate.ts';
import { offerParameter, questionIds, questions, type QuestionId } from './questions.ts';

const factPattern = /^F[1-9]\.\d+$/;

const anchorPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Problems with one rule's source; `where` names the rule. The link check proves the anchor exists. */
export function checkSource(where: string, source: Source | undefined): string[] {
  if (!source) return [`${where}: no source (source.section, source.anchor and source.facts)`];
  const problems: string[] = [];
  if (!(sectionKeys as readonly string[]).includes(source.section))
    problems.push(`${where}: unknown section "${source.section}"`);
  if (!anchorPattern.test(source.anchor)) problems.push(`${where}: "${source.anchor}" is not a section anchor`);
  if (source.facts.length === 0) problems.push(`${where}: source names no fact`);
  for (const fact of source.facts) if (!factPattern.test(fact)) problems.push(`${where}: "${fact}" is not a FACTS.md fact id`);
  return problems;
}

/** Ids that appear twice in a list. */
export function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

export function validateRules(): string[] {
  const problems: string[] = [];
  for (const id of duplicates(entitlementRules.map((rule) => rule.id))) problems.push(`entitlementRules: duplicate id "${id}"`);
  for (const rule of entitlementRules) {
    const where = `entitlementRules["${rule.id}"]`;
    problems.push(...checkSource(where, rule.source));
    if (!(offerKinds as readonly string[]).includes(rule.offer)) problems.push(`${where}: unknown offer "${rule.offer}"`);
    if (!(benefitIds as readonly string[]).includes(rule.benefit)) problems.push(`${where}: unknown benefit "${rule.benefit}"`);
  }
  // Exactly one cell answers each question the calculator can ask.
  for (const offer of offerKinds) {
    for (const benefit of benefitIds) {
      for (const kind of offer === 'action-pack' ? [null] : competencyKinds) {
        const matches = entitlementRules.filter(
          (rule) =>
            rule.offer === offer && rule.benefit === benefit && (rule.competencyKind === 'any' || rule.competencyKind === kind),
        );
        if (matches.length !== 1) {
          problems.push(
            `entitlementRules: ${matches.length} cells for ${offer} / ${benefit} / ${kind ?? 'no competency'} (expected 1)`,
          );
        }
      }
    }
  }
  for (const [id, portal] of Object.entries(portals)) {
    const where = `portals["${id}"]`;
    problems.push(...checkSource(where, portal.source));
    if (portal.id !== id) problems.push(`${where}: id "${portal.id}" differs from its key`);
    if (portal.link && !(portal.link in externalLinks)) problems.push(`${where}: unknown link "${portal.link}"`);
    for (const label of portal.path) if (!(label in portalLabels)) problems.push(`${where}: unknown label "${label}"`);
  }
  for (const [id, plan] of Object.entries(paidPlans)) {
    problems.push(...checkSource(`paidPlans["${id}"]`, plan.source));
    if (!(plan.link in externalLinks)) problems.push(`paidPlans["${id}"]: unknown link "${plan.link}"`);
  }
  for (const [id, message] of Object.entries(portalMessages))
    problems.push(...checkSource(`portalMessages["${id}"]`, message.source));
  for (const id of stepIds) problems.push(...checkSource(`stepSources["${id}"]`, stepSources[id]));
  for (const [id, source] of Object.entries(silenceSources)) problems.push(...checkSource(`silenceSources["${id}"]`, source));
  for (const id of questionIds) problems.push(...checkSource(`questions["${id}"].source`, questions[id].source));
  problems.push(...checkSource('offerParameter.source', offerParameter.source));
  for (const [id, url] of Object.entries(externalLinks)) {
    if (!url.startsWith('https://')) problems.push(`externalLinks["${id}"]: "${url}" is not https`);
  }
  problems.push(...questionsWithoutPolicy());
  return problems;
}

/** Every combination of answers to `ids` (each question also unanswered), on top of `base`. */
export function answerCombinations(base: Answers, ids: readonly QuestionId[]): Answers[] {
  let combined = [base];
  for (const id of ids) {
    const values = [null, ...questions[id].values];
    combined = combined.flatMap((answers) => values.map((value) => ({ ...answers, [id]: value })));
  }
  return combined;
}

/**
 * Questions no rule reads: no answer to them changes the result, whatever the other answers (with
 * no offer, one offer of each kind, or several). A question added to the registry without its
 * policy in next-steps.ts is reported here, naming it.
 */
export function questionsWithoutPolicy(): string[] {
  const offerSets = [[], ['action-pack'], ['gold:cloud-platform'], ['silver:other', 'gold:security'], allOfferParams].map(
    (params) => params.map((param) => parseOfferParam(param)!),
  );
  return questionIds
    .filter((id) => {
      const others = questionIds.filter((other) => other !== id);
      return !offerSets.some((offers) =>
        answerCombinations({ ...emptyAnswers, offers }, others).some((base) => {
          const unanswered = JSON.stringify(evaluate(base));
          return questions[id].values.some((value) => JSON.stringify(evaluate({ ...base, [id]: value })) !== unanswered);
        }),
      );
    })
    .map((id) => `questions["${id}"] (src/rules/questions.ts): no rule reads its answer`);
}
