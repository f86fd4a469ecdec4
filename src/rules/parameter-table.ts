/**
 * The calculator's URL parameters as a Markdown table, printed from the registry by
 * `npm run calculator-url` for whoever builds links to the calculator (docs/calculator-url.md). It
 * is printed rather than kept in the docs so that a new question is its registry entry and nothing
 * else.
 */
import { cloudCompetencies } from './program.ts';
import { offerParameter, questionIds, questions } from './questions.ts';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const code = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');

export function parameterTable(): string {
  return [
    row(['parameter', 'repeatable', 'values', 'meaning']),
    row(['---', '---', '---', '---']),
    row(['`offer`', 'yes, once per offer held', code(offerParameter.values), offerParameter.meaning]),
    ...questionIds.map((id) => row([`\`${id}\``, 'no', code(questions[id].values), questions[id].meaning])),
    '',
    `\`<competency>\` is one of the cloud competencies (${code(cloudCompetencies)}) or \`other\` for any other ("hybrid") competency.`,
  ].join('\n');
}
