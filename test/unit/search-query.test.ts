/** How search bounds what the reader typed or pasted (src/islands/search/query.ts). */
import { describe, expect, it } from 'vitest';
import { boundQuery, maxQueryLength, maxTerms, rarestTerms, recognisedMessage } from '../../src/islands/search/query.ts';

const stop = new Set(['the', 'to', 'a', 'is', 'an', 'for', 'your']);
const messages = [
  'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID',
  'You are not authorized for this action',
];

describe('recognisedMessage', () => {
  it('finds a portal message inside a pasted log line, whatever its case and spacing', () => {
    const log = '2021-03-04 12:00 ERROR   you are NOT authorized   for this action (code 403)';
    expect(recognisedMessage(log, messages)).toBe(messages[1]);
  });

  it('finds a long message quoted only up to its first sentence', () => {
    expect(recognisedMessage('portal said: This Access ID is already associated to an account.', messages)).toBe(messages[0]);
  });

  it('does not take a few shared words for a message', () => {
    expect(recognisedMessage('access id', messages)).toBeUndefined();
  });
});

describe('boundQuery', () => {
  it('asks a short query as typed, with its meaningful words', () => {
    expect(boundQuery('  remaining incidents ', stop, messages)).toEqual({
      text: 'remaining incidents',
      terms: ['remaining', 'incidents'],
    });
  });

  it('asks a recognised portal message whole', () => {
    const bounded = boundQuery('ERROR: You are not authorized for this action', stop, messages);
    expect(bounded.text).toBe(messages[1]);
  });

  it(`sends at most ${maxTerms} words to Pagefind, however long the paste`, () => {
    const paste = Array.from({ length: 2000 }, (_, index) => `word${String.fromCharCode(97 + (index % 26))}x`).join(' ');
    const bounded = boundQuery(paste, stop, messages);
    expect(bounded.terms.length).toBeLessThanOrEqual(maxTerms);
    expect(bounded.text.split(' ').length).toBeLessThanOrEqual(maxTerms);
  });

  it(`reads only the first ${maxQueryLength} characters`, () => {
    const bounded = boundQuery(`${'a '.repeat(maxQueryLength / 2)}contract`, stop, messages);
    expect(bounded.terms).not.toContain('contract');
  });
});

describe('rarestTerms', () => {
  it('keeps the rarer and longer words, in the order the reader wrote them, and drops words with digits', () => {
    const text = 'error error error contract subscription 12345 expired error';
    const terms = ['error', 'contract', 'subscription', '12345', 'expired'];
    expect(rarestTerms(terms, text, 3)).toEqual(['contract', 'subscription', 'expired']);
  });

  it('keeps every term when there are few', () => {
    expect(rarestTerms(['a1', 'b'], 'a1 b', 3)).toEqual(['a1', 'b']);
  });
});
