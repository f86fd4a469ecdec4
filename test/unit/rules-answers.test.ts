/** The calculator's URL form: parsing, formatting, and what happens to anything else in a URL. */
import { describe, expect, it } from 'vitest';
import {
  allOfferParams,
  emptyAnswers,
  formatAnswers,
  parseAnswers,
  parseOfferParam,
  type Answers,
} from '../../src/rules/answers.ts';

const parse = (query: string) => parseAnswers(new URLSearchParams(query));

describe('parseAnswers', () => {
  it('reads every documented parameter', () => {
    const { answers, problems } = parse(
      'offer=action-pack&offer=silver:security&offer=gold:other&product=cloud&account=csp-only&role=admin-agent&activated=unsure',
    );
    expect(problems).toEqual([]);
    expect(answers).toEqual({
      offers: [{ kind: 'action-pack' }, { kind: 'silver', competency: 'security' }, { kind: 'gold', competency: 'other' }],
      product: 'cloud',
      account: 'csp-only',
      role: 'admin-agent',
      activated: 'unsure',
    });
  });

  it('reads the percent-encoded query a form submits without JavaScript as the readable URL the calculator writes', () => {
    // A browser submitting the form encodes every colon (`gold%3Acloud-platform`); the calculator
    // must find the same answers there and give the same canonical query (carried to the language links).
    const answers: Answers = {
      offers: allOfferParams.map((param) => parseOfferParam(param)!),
      product: 'cloud',
      account: 'mpn',
      role: 'global-admin',
      activated: 'unsure',
    };
    const readable = formatAnswers(answers);
    const submitted = new URLSearchParams(readable).toString();
    expect(submitted).toContain('gold%3Acloud-platform');
    expect(parse(submitted)).toEqual({ answers, problems: [] });
    expect(formatAnswers(parse(submitted).answers)).toBe(readable);
    expect(readable).toContain('offer=gold:cloud-platform');
  });

  it('gives empty answers for an empty query', () => {
    expect(parse('')).toEqual({ answers: emptyAnswers, problems: [] });
  });

  it('ignores and reports an unknown parameter, an unknown competency and an invalid value, keeping the rest', () => {
    const { answers, problems } = parse('offer=gold:nope&foo=<script>&product=cloud&role=ceo&offer=silver:cloud-platform');
    expect(answers).toEqual({ ...emptyAnswers, offers: [{ kind: 'silver', competency: 'cloud-platform' }], product: 'cloud' });
    expect(problems).toEqual([
      { param: 'offer', value: 'gold:nope', reason: 'invalid-value' },
      { param: 'foo', value: '<script>', reason: 'unknown-parameter' },
      { param: 'role', value: 'ceo', reason: 'invalid-value' },
    ]);
  });

  it.each([
    '',
    'gold',
    'gold:',
    ':security',
    'action-pack:security',
    'silver:security:extra',
    'platinum:security',
    'GOLD:security',
    'gold:Security',
  ])('refuses the offer value %j', (value) => {
    expect(parseOfferParam(value)).toBeNull();
    expect(parse(`offer=${encodeURIComponent(value)}`).problems).toEqual([{ param: 'offer', value, reason: 'invalid-value' }]);
  });

  it('keeps the first of two different values for one question, and reports the second', () => {
    const { answers, problems } = parse('product=cloud&product=older-on-premises&product=cloud');
    expect(answers.product).toBe('cloud');
    expect(problems).toEqual([{ param: 'product', value: 'older-on-premises', reason: 'repeated-parameter' }]);
  });

  it('counts an offer given twice once, and orders offers as the form lists them', () => {
    const { answers, problems } = parse('offer=gold:security&offer=action-pack&offer=gold:security');
    expect(problems).toEqual([]);
    expect(answers.offers).toEqual([{ kind: 'action-pack' }, { kind: 'gold', competency: 'security' }]);
  });

  it('does not trip over parameter names that are object keys', () => {
    const { answers, problems } = parse('__proto__=x&constructor=y&toString=z');
    expect(answers).toEqual(emptyAnswers);
    expect(problems.map((problem) => problem.param)).toEqual(['__proto__', 'constructor', 'toString']);
  });
});

describe('formatAnswers', () => {
  it('writes readable URLs: repeated offer parameters, colons unescaped, unanswered questions left out', () => {
    const answers: Answers = {
      ...emptyAnswers,
      offers: [{ kind: 'action-pack' }, { kind: 'gold', competency: 'cloud-platform' }],
      role: 'global-admin',
    };
    expect(formatAnswers(answers)).toBe('offer=action-pack&offer=gold:cloud-platform&role=global-admin');
    expect(formatAnswers(emptyAnswers)).toBe('');
  });

  it('round-trips every offer and every answer', () => {
    const answers: Answers = {
      offers: allOfferParams.map((param) => parseOfferParam(param)!),
      product: 'older-on-premises',
      account: 'mpn',
      role: 'other-role',
      activated: 'no',
    };
    const query = formatAnswers(answers);
    expect(parse(query)).toEqual({ answers, problems: [] });
    expect(formatAnswers(parse(query).answers)).toBe(query);
  });

  it('lists every offer the issue documents', () => {
    const competencies = [
      'security',
      'cloud-business-applications',
      'cloud-platform',
      'cloud-productivity',
      'enterprise-mobility-management',
      'small-midmarket-cloud-solutions',
      'other',
    ];
    expect([...allOfferParams].sort()).toEqual(
      ['action-pack', ...competencies.map((c) => `silver:${c}`), ...competencies.map((c) => `gold:${c}`)].sort(),
    );
  });
});
