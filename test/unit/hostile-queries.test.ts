/**
 * 540 hostile query strings against the calculator's reading of its address: a notice (a problem
 * reported) exactly when the README's rules ignore something, and a clean address written back.
 * The pages' handling of the same payloads (no script run, no element injected, the notice in the
 * reader's language) is test/browser/hostile-input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatAnswers, parseAnswers, queryPairs } from '../../src/rules/answers.ts';
import { addressOf } from '../../src/islands/calculator/history.ts';
import { maxProblems } from '../../src/islands/calculator/notice.ts';
import { calculatorIgnoresSomething, hostileQueries } from '../fixtures/hostile-queries.ts';

const queries = hostileQueries(540);
const page = 'http://site.test/en/calculator/';

describe(`${queries.length} hostile query strings in the calculator's address`, () => {
  it('are at least 500', () => expect(queries.length).toBeGreaterThanOrEqual(500));

  it('report a problem exactly when something is ignored, and leave a clean address', () => {
    const failures: string[] = [];
    for (const query of queries) {
      // The query as the browser holds it (a `#` starts the fragment, not the query).
      const { search, pathname, hash } = new URL(`${page}?${query}`);
      const { answers, problems } = parseAnswers(queryPairs(search), maxProblems + 1);
      const label = `?${query.slice(0, 120)}`;
      if (problems.length > 0 !== calculatorIgnoresSomething(search)) failures.push(`${label}: ${problems.length} problems`);
      const written = new URL(addressOf(formatAnswers(answers), pathname, hash), page);
      if (calculatorIgnoresSomething(written.search)) failures.push(`${label}: address not cleaned (${written.search})`);
      if (written.pathname !== pathname) failures.push(`${label}: left the page for ${written.pathname}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
