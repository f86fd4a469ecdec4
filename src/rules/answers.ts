/**
 * The calculator's answers and their URL form. The query string is the shareable state:
 * repeated `offer` parameters plus one parameter per question of `questions.ts`.
 * Parsing never throws: whatever cannot be used is reported as a problem and ignored.
 */
import { competencies, competencyOfferKinds, type CompetencyId, type CompetencyOfferKind } from './program.ts';
import { questionIds, questions, type AnswerTo, type QuestionId } from './questions.ts';

/** One offer the company holds. Silver and Gold always come with a competency. */
export type OfferHolding =
  { readonly kind: 'action-pack' } | { readonly kind: CompetencyOfferKind; readonly competency: CompetencyId };

/** The offers held, and each question's answer (null when not answered). */
export type Answers = { readonly offers: readonly OfferHolding[] } & { readonly [Q in QuestionId]: AnswerTo<Q> | null };

/** Answers with every question's value filled in from `answerOf` (null when not answered). */
function answersWith(offers: readonly OfferHolding[], answerOf: (id: QuestionId) => string | null): Answers {
  return { offers, ...Object.fromEntries(questionIds.map((id) => [id, answerOf(id)])) } as Answers;
}

export const emptyAnswers: Answers = answersWith([], () => null);

/** Why a parameter was ignored; each reason has words in `locales/<tag>/calculator.json`. */
export const problemReasons = ['unknown-parameter', 'invalid-value', 'repeated-parameter'] as const;
export type ProblemReason = (typeof problemReasons)[number];
export interface ParamProblem {
  /** The parameter's name as it appeared in the URL (untrusted: show it as text only). */
  readonly param: string;
  /** The value that was ignored (untrusted, as above). */
  readonly value: string;
  readonly reason: ProblemReason;
  /**
   * The valid name (for an unknown parameter) or value (otherwise) this one only imitates: the same
   * once lookalike letters from other alphabets, compatibility forms and invisible characters are
   * read as what they look like (`g\u043eld:security` → `gold:security`). Absent when there is none.
   */
  readonly lookalike?: string;
}

/** `action-pack`, `silver:<competency>` or `gold:<competency>`. */
export function offerParam(offer: OfferHolding): string {
  return offer.kind === 'action-pack' ? offer.kind : `${offer.kind}:${offer.competency}`;
}

/** Reads one `offer` value; null when it is not one of the documented forms. */
export function parseOfferParam(value: string): OfferHolding | null {
  if (value === 'action-pack') return { kind: 'action-pack' };
  const [kind, competency, ...rest] = value.split(':');
  if (rest.length > 0 || competency === undefined) return null;
  if (!isOneOf(competencyOfferKinds, kind) || !isOneOf(competencies, competency)) return null;
  return { kind, competency };
}

/** All possible offer values, in the order the form lists them. */
export const allOfferParams: readonly string[] = [
  'action-pack',
  ...competencyOfferKinds.flatMap((kind) => competencies.map((competency) => `${kind}:${competency}`)),
];

/**
 * The name/value pairs of a query string (`?a=1&b=2`), decoded exactly as URLSearchParams decodes
 * them (`+` is a space, `%3A` is `:`; broken escapes stay as written, invalid UTF-8 becomes U+FFFD).
 * Plain JavaScript rather than iterating a URLSearchParams: with tens of thousands of parameters,
 * each step of that native iterator costs more than the whole parse here.
 */
export function queryPairs(search: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const piece of (search.startsWith('?') ? search.slice(1) : search).split('&')) {
    if (piece === '') continue;
    const at = piece.indexOf('=');
    pairs.push(at === -1 ? [decodePart(piece), ''] : [decodePart(piece.slice(0, at)), decodePart(piece.slice(at + 1))]);
  }
  return pairs;
}

function decodePart(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  const spaced = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A broken escape or invalid UTF-8: the platform's own, lenient decoding (rare, so its cost does not matter).
    return new URLSearchParams(`x=${text}`).get('x') ?? '';
  }
}

/**
 * Reads answers from query parameters; returns what could be used and what was ignored (the first
 * `maxProblems` distinct problems: a page that lists a few need not keep forty thousand).
 */
export function parseAnswers(
  params: Iterable<readonly [string, string]>,
  maxProblems = Infinity,
): {
  answers: Answers;
  problems: ParamProblem[];
} {
  const offers = new Map<string, OfferHolding>();
  const single = new Map<QuestionId, string>();
  const problems: ParamProblem[] = [];
  // A set keeps de-duplication linear: an address can hold tens of thousands of parameters.
  const seen = new Set<string>();
  const report = (param: string, value: string, reason: ProblemReason, valid: readonly string[]) => {
    if (problems.length >= maxProblems) return;
    const key = `${reason}\u0000${param}\u0000${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    const lookalike = lookalikeOf(reason === 'unknown-parameter' ? param : value, valid);
    problems.push(lookalike === null ? { param, value, reason } : { param, value, reason, lookalike });
  };

  for (const [name, value] of params) {
    if (name === 'offer') {
      const offer = parseOfferParam(value);
      if (offer) offers.set(offerParam(offer), offer);
      else report('offer', value, 'invalid-value', allOfferParams);
    } else if (Object.hasOwn(questions, name)) {
      const key = name as QuestionId;
      // The form's pre-checked "not answered" choice submits an empty value: no answer, no problem.
      if (value === '') continue;
      const values: readonly string[] = questions[key].values;
      const earlier = single.get(key);
      if (!isOneOf(values, value)) report(key, value, 'invalid-value', values);
      else if (earlier !== undefined && earlier !== value) report(key, value, 'repeated-parameter', []);
      else single.set(key, value);
    } else {
      report(name, value, 'unknown-parameter', parameterNames);
    }
  }

  return {
    answers: answersWith(
      // Keep the form's order so the same answers always give the same URL.
      allOfferParams.filter((param) => offers.has(param)).map((param) => offers.get(param)!),
      (id) => single.get(id) ?? null,
    ),
    problems,
  };
}

/** The query string for a set of answers (without `?`); the inverse of parseAnswers. */
export function formatAnswers(answers: Answers): string {
  const entries: [string, string][] = answers.offers.map((offer) => ['offer', offerParam(offer)]);
  for (const key of questionIds) {
    const value = answers[key];
    if (value !== null) entries.push([key, value]);
  }
  // `:` is allowed in a query (RFC 3986) and keeps shared URLs readable: `offer=gold:security`.
  return entries.map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll('%3A', ':')}`).join('&');
}

const parameterNames: readonly string[] = ['offer', ...questionIds];

/**
 * Characters that look like the ones valid names and values are made of (a–z, `-`, `:`), from the
 * alphabets a pasted or spoofed address most often mixes in. Fullwidth and other compatibility
 * forms need no entry: NFKC normalization maps them first.
 */
const lookalikeLetters = new Map(
  [
    'аa сc ԁd еe һh іi јj кk ӏl оo рp ԛq ѕs уy хx ԝw', // Cyrillic
    'αa εe ιi κk νv οo ρp υu χx', // Greek
    'ıi ɡg ɑa ʏy', // Latin letters that read as plain ones
    '\u2010- \u2011- \u2012- \u2013- \u2014- \u2212- ː: \u2236: \ua789: \u0589:', // dashes and colons
  ]
    .join(' ')
    .split(' ')
    .map((pair) => [pair[0]!, pair[1]!] as const),
);

/** Invisible characters: format controls (bidi, zero-width, soft hyphen, BOM) and variation selectors. */
const invisible = /[\p{Cf}\u{fe00}-\u{fe0f}]/gu;

/** The valid string among `valid` that `text` only imitates, or null (also when `text` is valid itself). */
export function lookalikeOf(text: string, valid: readonly string[]): string | null {
  // Valid names and values are short: anything much longer cannot imitate one (and stays cheap to
  // check). Printable ASCII has no lookalikes in the table and NFKC leaves it alone.
  if (valid.length === 0 || text.length > 80 || /^[\x20-\x7e]*$/.test(text)) return null;
  let plain = '';
  for (const character of text.normalize('NFKC').replace(invisible, '')) plain += lookalikeLetters.get(character) ?? character;
  return plain !== text && valid.includes(plain) ? plain : null;
}

function isOneOf<T extends string>(allowed: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (allowed as readonly string[]).includes(value);
}
