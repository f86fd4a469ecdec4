/**
 * How the calculator's answers enter the browser history: one entry per question changed, a run of
 * changes to one question (arrow keys through a radio group) folded into one. Pure.
 */

/** Changes to one question within this time make one history entry. */
export const settleMs = 2000;

/** The question last changed (its control's name) and when (an event's timeStamp). */
export interface Change {
  readonly name: string;
  readonly at: number;
}

/** No change yet, or history moved (Back/Forward): the next change is a new entry. */
export const noChange: Change = { name: '', at: -Infinity };

/** Whether a change adds a history entry or replaces the one the previous change added. */
export function historyStep(previous: Change, change: Change): 'push' | 'replace' {
  const settling = change.name !== '' && change.name === previous.name && change.at - previous.at < settleMs;
  return settling ? 'replace' : 'push';
}

/** The address for a query: the page itself when there is none; the #fragment kept. */
export function addressOf(query: string, pathname: string, hash: string): string {
  return `${query ? `?${query}` : pathname}${hash}`;
}
