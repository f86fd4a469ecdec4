/** The calculator's URL form: parsing, formatting, and what happens to anything else in a URL. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  allOfferParams,
  emptyAnswers,
  formatAnswers,
  parseAnswers,
  lookalikeOf,
  parseOfferParam,
  queryPairs,
  type Answers,
  type ParamProblem,
} from '../../src/rules/answers.ts';
import { offerParameter, questionIds, questions } from '../../src/rules/questions.ts';
import { projectRoot } from '../support/paths.ts';
import { competencyIds } from '../fixtures/hostile-queries.ts';

const parse = (query: string) => parseAnswers(new URLSearchParams(query));

describe('parseAnswers', () => {
  it('reads every documented parameter', () => {
    const { answers, problems } = parse(
      'offer=action-pack&offer=silver:security&offer=gold:other&product=cloud&account=csp-only&role=admin-agent&activated=unsure',
    );
    expect(problems).toEqual([]);
    expect(answers).toEqual({
      ...emptyAnswers,
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
      ...emptyAnswers,
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

  it.each(questionIds)('round-trips every offer and every answer to %s', (id) => {
    for (const value of questions[id].values) {
      const answers: Answers = { ...emptyAnswers, offers: allOfferParams.map((param) => parseOfferParam(param)!), [id]: value };
      const query = formatAnswers(answers);
      expect(parse(query)).toEqual({ answers, problems: [] });
      expect(formatAnswers(parse(query).answers)).toBe(query);
    }
  });

  it('lists every offer the issue documents', () => {
    expect([...allOfferParams].sort()).toEqual(
      ['action-pack', ...competencyIds.map((c) => `silver:${c}`), ...competencyIds.map((c) => `gold:${c}`)].sort(),
    );
  });
});

describe('reading very long addresses', () => {
  it.each([
    'offer=gold%3Asecurity&product=cloud',
    '?a=1&&b=&=c&d&e==f',
    'q=a+b%20c%2B',
    'x=%&y=%%&z=%E0%A4%A&w=%C3%28&v=%FF%FE&u=%u0041&t=%0&s=%00&r=%ED%A0%80',
    'r%D0%BEle=%E2%80%AEnimda&%F0%9F%98%80=%F0%9F%98',
  ])('decodes %j exactly as URLSearchParams does', (query) => {
    expect(queryPairs(query)).toEqual([...new URLSearchParams(query)]);
  });

  it('reports 40,000 distinct ignored parameters once each, in time linear in their number', () => {
    const query = (count: number) => Array.from({ length: count }, (_, index) => `x${index}=${index}`).join('&');
    // The best of three runs: the machine may be busy with other work, which says nothing about the code.
    const timed = (count: number) => {
      const search = query(count);
      let best = { problems: [] as ParamProblem[], ms: Infinity };
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const { problems } = parseAnswers(queryPairs(search));
        const ms = performance.now() - start;
        if (ms < best.ms) best = { problems, ms };
      }
      return best;
    };
    timed(2_000); // warm up
    const small = timed(5_000);
    const large = timed(40_000);
    expect(large.problems).toHaveLength(40_000);
    expect(new Set(large.problems.map((problem) => problem.param)).size).toBe(40_000);
    // Eight times the input may take a few times as long, never sixty-four (quadratic) times; the
    // floor absorbs a garbage collection on a busy machine. The browser test times the whole page's
    // handling against its budget.
    expect(large.ms).toBeLessThan(Math.max(24 * small.ms, 300));
  });

  it('keeps only the first problems when asked for a few, and still reads an answer given last', () => {
    const params = [...Array.from({ length: 40_000 }, (_, index) => [`x${index}`, '1'] as const), ['product', 'cloud'] as const];
    const { answers, problems } = parseAnswers(params, 21);
    expect(problems.map((problem) => problem.param)).toEqual(Array.from({ length: 21 }, (_, index) => `x${index}`));
    expect(answers.product).toBe('cloud');
  });

  it('still reports a repeated ignored parameter once among 40,000', () => {
    const params = Array.from({ length: 40_000 }, (_, index) => ['x', String(index % 3)] as const);
    expect(parseAnswers(params).problems.map((problem) => problem.value)).toEqual(['0', '1', '2']);
  });
});

describe('lookalikes', () => {
  it.each([
    ['g\u043eld:security', 'gold:security'], // Cyrillic o
    ['\u0430ction-pack', 'action-pack'], // Cyrillic a
    ['gold\uff1asecurity', 'gold:security'], // fullwidth colon
    ['action\u2010pack', 'action-pack'], // Unicode hyphen
    ['gold:secu\u200brity', 'gold:security'], // zero-width space
  ])('reads the offer %j as an imitation of %j', (value, valid) => {
    expect(parse(`offer=${encodeURIComponent(value)}`).problems).toEqual([
      { param: 'offer', value, reason: 'invalid-value', lookalike: valid },
    ]);
  });

  it('names the parameter an unknown name imitates, and the value of a one-value question', () => {
    expect(parse(`r%D0%BEle=global-admin&role=gl%D0%BEbal-admin`).problems).toEqual([
      { param: 'r\u043ele', value: 'global-admin', reason: 'unknown-parameter', lookalike: 'role' },
      { param: 'role', value: 'gl\u043ebal-admin', reason: 'invalid-value', lookalike: 'global-admin' },
    ]);
  });

  it('claims no lookalike for plain mistakes, other capitals, or valid text', () => {
    expect(lookalikeOf('gold:nope', allOfferParams)).toBeNull();
    expect(lookalikeOf('GOLD:security', allOfferParams)).toBeNull();
    expect(lookalikeOf('gold:security', allOfferParams)).toBeNull();
  });
});

describe('the calculator parameter table (npm run calculator-url)', () => {
  const printed = execFileSync('npm', ['run', '-s', 'calculator-url'], { cwd: projectRoot, encoding: 'utf8' });
  const rows = printed
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.slice(2, -2).split(' | '));

  it('prints one row per parameter, offer first, then the questions in the order the form asks them', () => {
    expect(rows.map(([name]) => name)).toEqual(['`offer`', ...questionIds.map((id) => `\`${id}\``)]);
    expect(rows.every((cells) => cells.length === 4)).toBe(true);
  });

  it("lists each parameter's values and meaning as the registry (src/rules/questions.ts) defines them", () => {
    const byName = new Map(rows.map(([name, , values, meaning]) => [name, { values, meaning }]));
    for (const id of questionIds) {
      const listed = byName.get(`\`${id}\``)!;
      expect(listed.values!.split(', '), id).toEqual(questions[id].values.map((value) => `\`${value}\``));
      expect(listed.meaning, id).toBe(questions[id].meaning);
    }
    expect(byName.get('`offer`')!.values!.split(', ')).toEqual(offerParameter.values.map((value) => `\`${value}\``));
  });
});
