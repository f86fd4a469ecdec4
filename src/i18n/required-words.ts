/**
 * Every id of the rules that readers see must have words in every locale. Each entry says: in this
 * namespace, `<prefix>.<id>` must exist for each id. The build and a unit test check it.
 */
import { benefitIds, competencyKinds, offerKinds, paidPlanIds, portalIds, portalLabels } from '../rules/program.ts';
import { problemReasons } from '../rules/answers.ts';
import { questionIds, questions } from '../rules/questions.ts';
import { silenceIds, stepIds } from '../rules/next-steps.ts';
import type { Namespace } from './resources.ts';
import { flatten, type ResourcesByTag } from './check-translations.ts';

export interface RequiredWords {
  readonly ns: Namespace;
  readonly prefix: string;
  readonly ids: readonly string[];
}

export const requiredWords: RequiredWords[] = [
  { ns: 'rules', prefix: 'offer', ids: offerKinds },
  { ns: 'rules', prefix: 'competencyKind', ids: competencyKinds },
  { ns: 'rules', prefix: 'benefitScope', ids: benefitIds },
  { ns: 'rules', prefix: 'portal', ids: portalIds },
  { ns: 'rules', prefix: 'label', ids: Object.keys(portalLabels) },
  { ns: 'rules', prefix: 'paidPlan', ids: paidPlanIds },
  // The calculator: each step and silence needs the situation it applies to and its text.
  { ns: 'calculator', prefix: 'steps', ids: stepIds.flatMap((id) => [`${id}.when`, `${id}.text`]) },
  { ns: 'calculator', prefix: 'silences', ids: silenceIds.flatMap((id) => [`${id}.when`, `${id}.text`]) },
  { ns: 'calculator', prefix: 'notice.reason', ids: problemReasons },
  // Each calculator question: its legend, and the words of each of its values.
  { ns: 'calculator', prefix: 'form', ids: questionIds },
  ...questionIds.map((id) => ({ ...questions[id].words, ids: questions[id].values })),
];

/** Problems naming the file and the missing key, for every locale. */
export function checkRequiredWords(resources: ResourcesByTag, requirements: readonly RequiredWords[] = requiredWords): string[] {
  const problems: string[] = [];
  for (const [tag, namespaces] of Object.entries(resources)) {
    for (const { ns, prefix, ids } of requirements) {
      const flat = flatten(namespaces[ns] ?? {});
      for (const id of ids) {
        const key = `${prefix}.${id}`;
        const present =
          flat.has(key) ||
          [...flat.keys()].some((candidate) => candidate.startsWith(`${key}.`) || candidate.startsWith(`${key}_`));
        if (!present) problems.push(`locales/${tag}/${ns}.json: no text for "${key}"`);
      }
    }
  }
  return problems;
}
