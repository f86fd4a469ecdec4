/**
 * What every check tells an editor: where the mistake is (`file:line:column`, from the project
 * root, lines counted from the file's first line), what is wrong, and how to fix it.
 */
export interface EditorMessage {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly what: string;
  readonly fix: string;
}

export function formatMessage({ file, line, column, what, fix }: EditorMessage): string {
  return `${file}:${line}:${column} — ${what} — ${fix}`;
}

/** The known name closest to `wanted` (Levenshtein distance), or null when none is close. */
export function nearest(wanted: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(wanted.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
