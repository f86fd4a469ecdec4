/**
 * Nothing the source does not say: every sentence that advises is traceable to a fact. Written
 * against the rules' one `Source` type (troubleshooting outcomes, calculator steps and silences, each
 * with `source.facts`) and the English strings, the source of every locale's words.
 *
 * Two checks, both on English sentences:
 * - a sentence that guesses or recommends on its own ("look at", "consider", "probably", "we
 *   recommend"…) is advice without provenance, unless it says that the source is silent;
 * - a sentence about a topic (paid plans, Support for Business, the Azure portal, activation, the
 *   IDs, CSP, Action Pack) needs a fact of that topic among the facts of the rule that shows it
 *   (for a tree step: of every outcome that uses it).
 */
import type { FactId } from '../rules/program.ts';
import { troubleshootingTree } from '../rules/troubleshooting.ts';
import { silenceIds, silenceSources, stepIds, stepSources } from '../rules/next-steps.ts';
import type { ResourcesByTag } from './check-translations.ts';

/** Words that advise or guess by themselves, with nothing in the source behind them. */
const unsourcedAdvice =
  /\b(?:look at|consider|probably|likely|usually|typically|we recommend|it is best|you may want|you might want|try to|should work)\b/i;
/** A sentence that says the source is silent is the honest form of "we do not know". */
const saysSilent = /\b(?:does not say|doesn't say|is silent|does not give|does not list)\b/i;

/** Topics and the facts that can back a sentence about them. */
export const topics: readonly { readonly name: string; readonly words: RegExp; readonly facts: RegExp }[] = [
  { name: 'paid plans', words: /\b(?:paid|buy|Premier Support|Advanced Support|sells support)\b/i, facts: /^F(?:7\.6|8\.\d+)$/ },
  { name: 'Support for Business', words: /\bSupport for Business\b/, facts: /^F(?:4\.4|5\.\d+)$/ },
  { name: 'the Azure portal', words: /\bAzure portal\b/i, facts: /^F(?:5\.1|6\.\d+|7\.\d+)$/ },
  {
    name: 'who can activate',
    words: /\b(?:Global admin|MPN partner admin)\b.*\bactivat|\bactivat.*\b(?:Global admin|MPN partner admin)\b/i,
    facts: /^F(?:1\.3|2\.8)$/,
  },
  { name: 'Admin agents', words: /\bAdmin agent\b/i, facts: /^F(?:1\.3|6\.5)$/ },
  { name: 'Action Pack', words: /\bAction Pack\b/, facts: /^F(?:2\.4|2\.10|3\.3|7\.2)$/ },
];

const sentencesOf = (text: string): string[] =>
  text
    .replace(
      /\{(?:label|link|message|portal|path|plan):([\w-]+)(?:\|([^}]*))?\}/g,
      (_, id: string, words?: string) => words ?? id,
    )
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence.trim() !== '');

/** Problems of one text shown under one set of facts; `where` names file and key. */
export function adviceProblems(where: string, text: string, facts: readonly FactId[]): string[] {
  const problems: string[] = [];
  for (const sentence of sentencesOf(text)) {
    if (saysSilent.test(sentence)) continue;
    const advice = unsourcedAdvice.exec(sentence);
    if (advice) problems.push(`${where}: advice without provenance ("${advice[0]}"): "${sentence}"`);
    for (const topic of topics) {
      if (topic.words.test(sentence) && !facts.some((fact) => topic.facts.test(fact)))
        problems.push(
          `${where}: "${sentence}" is about ${topic.name}, but its rule cites none of its facts (${facts.join(', ')})`,
        );
    }
  }
  return problems;
}

type Strings = Readonly<Record<string, unknown>>;

const at = (strings: Strings | undefined, path: string): string | undefined => {
  let value: unknown = strings;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Strings)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};

/** Every advising text of the English UI strings against the facts of the rule that shows it. */
export function checkAdvice(resources: ResourcesByTag): string[] {
  const english = resources['en'] ?? {};
  const tree = english['troubleshooting'] as Strings | undefined;
  const calculator = english['calculator'] as Strings | undefined;
  const problems: string[] = [];
  for (const [id, node] of Object.entries(troubleshootingTree.nodes)) {
    if (node.kind !== 'outcome') continue;
    const summary = at(tree, `node.${id}.summary`) ?? '';
    problems.push(...adviceProblems(`locales/en/troubleshooting.json node.${id}.summary`, summary, node.source.facts));
  }
  // A step shared by several outcomes stands on what they have in common: check it under each.
  for (const [id, node] of Object.entries(troubleshootingTree.nodes)) {
    if (node.kind !== 'outcome') continue;
    for (const step of node.steps)
      problems.push(
        ...adviceProblems(
          `locales/en/troubleshooting.json step.${step}.text (in ${id})`,
          at(tree, `step.${step}.text`) ?? '',
          node.source.facts,
        ),
      );
  }
  for (const id of stepIds)
    problems.push(
      ...adviceProblems(
        `locales/en/calculator.json steps.${id}.text`,
        at(calculator, `steps.${id}.text`) ?? '',
        stepSources[id].facts,
      ),
    );
  for (const id of silenceIds)
    problems.push(
      ...adviceProblems(
        `locales/en/calculator.json silences.${id}.text`,
        at(calculator, `silences.${id}.text`) ?? '',
        silenceSources[id].facts,
      ),
    );
  return [...new Set(problems)];
}
