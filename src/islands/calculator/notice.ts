/**
 * The calculator's notice of what the address held that was ignored, as pieces of plain text. Pure:
 * the element turns the pieces into nodes (text from the address only ever through textContent).
 */
import type { ParamProblem, ProblemReason } from '../../rules/answers.ts';

/** Longest piece of an ignored parameter the notice repeats; the rest is cut with "…". */
export const maxShown = 60;
/** Most ignored parameters listed; a URL can hold thousands. */
export const maxProblems = 20;

/**
 * Characters a reader cannot see or that reorder text: controls, format characters (bidi overrides,
 * zero-width), private use, unassigned, line/paragraph separators, spaces other than U+0020,
 * variation selectors. The notice shows them as [U+XXXX].
 */
const unseen = /[\p{C}\p{Zl}\p{Zp}\u{fe00}-\u{fe0f}]|(?! )\p{Zs}/u;

/** Untrusted text as shown: invisible characters as visible escapes, cut after `maxShown` characters. */
export function visibleText(text: string): string {
  let shown = '';
  let count = 0;
  for (const character of text) {
    if (count++ === maxShown) return `${shown}…`;
    shown += unseen.test(character) ? `[U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]` : character;
  }
  return shown;
}

/**
 * One piece of a notice line: words of the page, text from the address (shown in `<code>`, isolated
 * with `<bdi>` so right-to-left letters cannot reorder the sentence), a note in emphasis, or a valid
 * value in `<code>`.
 */
export type NoticePiece =
  { readonly text: string } | { readonly untrusted: string } | { readonly emphasis: string } | { readonly code: string };

/** The page's words the notice uses; `lookalike` holds `{value}` where the valid value goes. */
export interface NoticeWords {
  readonly emptyName: string;
  readonly reason: (reason: ProblemReason) => string;
  readonly lookalike: string;
}

function noticeLine(problem: ParamProblem, words: NoticeWords): NoticePiece[] {
  const pieces: NoticePiece[] = [];
  if (problem.param === '') {
    // `?=` or `?=x`: say that the name is missing rather than show an empty bullet.
    pieces.push({ emphasis: words.emptyName });
    if (problem.value !== '') pieces.push({ text: ' ' }, { untrusted: `=${problem.value}` });
  } else {
    pieces.push({ untrusted: problem.value === '' ? problem.param : `${problem.param}=${problem.value}` });
  }
  pieces.push({ text: ` — ${words.reason(problem.reason)}` });
  if (problem.lookalike !== undefined) {
    const [before = '', after = ''] = words.lookalike.split('{value}');
    pieces.push({ text: `; ${before}` }, { code: problem.lookalike }, { text: after });
  }
  return pieces;
}

/** The notice's lines: the first `maxProblems` problems, then "…" when there were more. */
export function noticeLines(problems: readonly ParamProblem[], words: NoticeWords): NoticePiece[][] {
  const lines = problems.slice(0, maxProblems).map((problem) => noticeLine(problem, words));
  if (problems.length > maxProblems) lines.push([{ text: '…' }]);
  return lines;
}
