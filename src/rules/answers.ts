/**
 * The calculator's answers and their URL form. The query string is the shareable state:
 * repeated `offer` parameters plus `product`, `account`, `role` and `activated`.
 * Parsing never throws: whatever cannot be used is reported as a problem and ignored.
 */
import {
  accountKinds,
  competencies,
  competencyOfferKinds,
  productKinds,
  roleIds,
  type AccountKind,
  type CompetencyId,
  type CompetencyOfferKind,
  type ProductKind,
  type RoleId,
} from './program.ts';

export const activationStates = ['yes', 'no', 'unsure'] as const;
export type ActivationState = (typeof activationStates)[number];

/** One offer the company holds. Silver and Gold always come with a competency. */
export type OfferHolding =
  { readonly kind: 'action-pack' } | { readonly kind: CompetencyOfferKind; readonly competency: CompetencyId };

export interface Answers {
  readonly offers: readonly OfferHolding[];
  readonly product: ProductKind | null;
  readonly account: AccountKind | null;
  readonly role: RoleId | null;
  readonly activated: ActivationState | null;
}

export const emptyAnswers: Answers = { offers: [], product: null, account: null, role: null, activated: null };

/** Why a parameter was ignored; each reason has words in `locales/<tag>/calculator.json`. */
export const problemReasons = ['unknown-parameter', 'invalid-value', 'repeated-parameter'] as const;
export type ProblemReason = (typeof problemReasons)[number];
export interface ParamProblem {
  /** The parameter's name as it appeared in the URL (untrusted: show it as text only). */
  readonly param: string;
  /** The value that was ignored (untrusted, as above). */
  readonly value: string;
  readonly reason: ProblemReason;
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

const singleValued = {
  product: productKinds,
  account: accountKinds,
  role: roleIds,
  activated: activationStates,
} as const;

/** Reads answers from query parameters; returns what could be used and what was ignored. */
export function parseAnswers(params: Iterable<readonly [string, string]>): {
  answers: Answers;
  problems: ParamProblem[];
} {
  const offers = new Map<string, OfferHolding>();
  const single: { -readonly [K in keyof typeof singleValued]: string | null } = {
    product: null,
    account: null,
    role: null,
    activated: null,
  };
  const problems: ParamProblem[] = [];
  const report = (param: string, value: string, reason: ProblemReason) => {
    if (!problems.some((problem) => problem.param === param && problem.value === value && problem.reason === reason)) {
      problems.push({ param, value, reason });
    }
  };

  for (const [name, value] of params) {
    if (name === 'offer') {
      const offer = parseOfferParam(value);
      if (offer) offers.set(offerParam(offer), offer);
      else report('offer', value, 'invalid-value');
    } else if (isOneOf(Object.keys(singleValued), name)) {
      const key = name as keyof typeof singleValued;
      if (!isOneOf(singleValued[key], value)) report(key, value, 'invalid-value');
      else if (single[key] !== null && single[key] !== value) report(key, value, 'repeated-parameter');
      else single[key] = value;
    } else {
      report(name, value, 'unknown-parameter');
    }
  }

  return {
    answers: {
      // Keep the form's order so the same answers always give the same URL.
      offers: allOfferParams.filter((param) => offers.has(param)).map((param) => offers.get(param)!),
      product: single.product as ProductKind | null,
      account: single.account as AccountKind | null,
      role: single.role as RoleId | null,
      activated: single.activated as ActivationState | null,
    },
    problems,
  };
}

/** The query string for a set of answers (without `?`); the inverse of parseAnswers. */
export function formatAnswers(answers: Answers): string {
  const entries: [string, string][] = answers.offers.map((offer) => ['offer', offerParam(offer)]);
  for (const key of ['product', 'account', 'role', 'activated'] as const) {
    const value = answers[key];
    if (value !== null) entries.push([key, value]);
  }
  // `:` is allowed in a query (RFC 3986) and keeps shared URLs readable: `offer=gold:security`.
  return entries.map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll('%3A', ':')}`).join('&');
}

function isOneOf<T extends string>(allowed: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (allowed as readonly string[]).includes(value);
}
