/**
 * One term per concept per locale. The list is the project's own, docs/editorial/terms.yaml: for
 * each preferred term, the variants that must not appear in that locale's guide pages and UI
 * strings, plus the names that stay in English everywhere. The guard reads it before every build
 * (`checkTerms`) and stops on a split, naming file, line and words.
 *
 * A variant is a regular-expression source matched case-insensitively, without regard to accents
 * ("pulsé" and "pulse" are the same word to a reader) unless the entry says `accents: true`, and
 * only as whole words: a variant never matches inside a longer word, so "fecha de fin" does not
 * match "fecha de finalización".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { locales, type LocaleTag } from './locales.ts';

export interface TermRule {
  /** The term to use. */
  readonly preferred: string;
  /** Regular-expression sources of the words that must not appear instead. */
  readonly forbidden: readonly string[];
  /** Why, or what the term is for. */
  readonly note: string;
  /** Match accents exactly ("dá" is not "da"). */
  readonly accents: boolean;
}

export type TranslatedTag = Exclude<LocaleTag, 'en'>;

export interface TermList {
  /** Names kept in English in every locale (programs, benefits, portals), written unmarked. */
  readonly names: readonly string[];
  /** A locale without an entry (one being added) has no terms to keep yet. */
  readonly terms: Readonly<Partial<Record<TranslatedTag, readonly TermRule[]>>>;
}

/** Where the list lives, from the project root. */
export const termListFile = 'docs/editorial/terms.yaml';

const translatedTags = locales.filter((locale) => locale.tag !== 'en').map((locale) => locale.tag as TranslatedTag);

/** The term list of the project at `root`; a malformed entry throws naming the file and the field. */
export function readTermList(root: string): TermList {
  const file = join(root, termListFile);
  const fail = (field: string, problem: string): never => {
    throw new Error(`${termListFile}: ${field} ${problem}`);
  };
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') return fail('(file)', 'is not a YAML mapping');
  const strings = (value: unknown, field: string): string[] =>
    Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '')
      ? value
      : fail(field, 'must be a non-empty list of non-empty strings');
  const names = strings(data.names, 'names');
  const terms = {} as Record<TranslatedTag, TermRule[]>;
  for (const tag of translatedTags) {
    const entries = data[tag];
    if (entries === undefined) continue;
    if (!Array.isArray(entries) || entries.length === 0) fail(tag, 'must be a non-empty list of terms');
    terms[tag] = (entries as Record<string, unknown>[]).map((entry, index) => {
      const field = `${tag}[${index}]`;
      if (typeof entry?.use !== 'string' || entry.use.trim() === '') fail(`${field}.use`, 'must be the term to write');
      if (typeof entry.why !== 'string' || entry.why.trim() === '') fail(`${field}.why`, 'must say what the term is for');
      const forbidden = strings(entry.not, `${field}.not`);
      for (const source of forbidden) {
        try {
          new RegExp(source, 'u');
        } catch (error) {
          fail(`${field}.not`, `holds an invalid regular expression ${JSON.stringify(source)}: ${(error as Error).message}`);
        }
      }
      return { preferred: entry.use as string, note: entry.why as string, forbidden, accents: entry.accents === true };
    });
  }
  return { names, terms };
}

export interface TermViolation {
  /** 1-based line number in the text checked. */
  readonly line: number;
  /** 1-based column of the first character found. */
  readonly column: number;
  /** The words as written. */
  readonly found: string;
  readonly rule: TermRule;
}

/** Lowercase, accents removed, one code unit per original character so offsets stay aligned. */
function fold(text: string): string {
  return [...text]
    .map((char) => {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      return base.length === char.length ? base : char;
    })
    .join('')
    .toLowerCase();
}

/**
 * Blanks what a reader does not read as the locale's prose: English marked `lang="en"` (quoted
 * portal text, original names), component and HTML tags with their props and ids, `{#anchors}`,
 * link targets, inline code, frontmatter keys other than title and description, and JSON keys.
 * Blanking with spaces keeps line numbers and word boundaries.
 */
export function proseOf(text: string, kind: 'mdx' | 'json'): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  let prose = text.replace(/<([A-Za-z][\w.]*)\b[^>]*\blang=\\?"en\\?"[^>]*>[\s\S]*?<\/\1>/g, blank);
  prose = prose.replace(/<\/?[A-Za-z][^>]*>/g, blank);
  // Inline markup of UI strings and page titles: English (`{en|…}`) and ids (`{label:add-contract}`).
  prose = prose.replace(/\{en\|[^}]*\}/g, blank).replace(/\{(?:label|link|message|portal|path|plan):[\w-]+/g, blank);
  if (kind === 'json') return prose.replace(/^\s*"(?:[^"\\]|\\.)*"\s*:/gm, blank);
  prose = prose
    .replace(/\{#[\w-]+\}/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/`[^`\n]*`/g, blank);
  prose = prose.replace(/^---\n[\s\S]*?\n---/, (frontmatter) =>
    frontmatter
      .split('\n')
      .map((line) => (/^(?:title|description):/.test(line) ? line.replace(/^(?:title|description):/, blank) : blank(line)))
      .join('\n'),
  );
  return prose;
}

function compile(source: string, accents: boolean): RegExp {
  // Whole words only, with letters beyond ASCII counted as letters (JavaScript's \b is ASCII-only).
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${accents ? source.toLowerCase() : fold(source)})(?![\\p{L}\\p{N}_])`, 'gu');
}

const compiled = new Map<string, RegExp>();

/** The forbidden variants in one text of one locale, by the rules of the term list. */
export function termViolations(text: string, rules: readonly TermRule[], kind: 'mdx' | 'json'): TermViolation[] {
  const prose = proseOf(text, kind);
  const folded = fold(prose).split('\n');
  const exact = prose.toLowerCase().split('\n');
  const original = text.split('\n');
  const violations: TermViolation[] = [];
  for (const rule of rules) {
    const lines = rule.accents ? exact : folded;
    for (const source of rule.forbidden) {
      const key = `${rule.accents}${source}`;
      let pattern = compiled.get(key);
      if (!pattern) compiled.set(key, (pattern = compile(source, rule.accents)));
      lines.forEach((line, index) => {
        for (const match of line.matchAll(pattern)) {
          violations.push({
            line: index + 1,
            column: match.index + 1,
            found: original[index]!.slice(match.index, match.index + match[0].length),
            rule,
          });
        }
      });
    }
  }
  return violations.sort((a, b) => a.line - b.line || a.column - b.column);
}

function filesUnder(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .sort()
    .map((file) => join(dir, file));
}

/** A guide page as src/content/sources.ts reads it: its locale folder, `content/…` path and text. */
export interface PageText {
  readonly locale: string;
  readonly path: string;
  readonly text: string;
}

/**
 * Every split in the project at `root`: each guide page (the guide's one reader,
 * src/content/sources.ts, gives them) and UI string file of a translated locale against its
 * locale's terms, as `file:line:column: "words" → use "term" (why)`.
 */
export function checkTerms(root: string, list: TermList, pages: readonly PageText[]): string[] {
  const problems: string[] = [];
  for (const locale of locales.filter((candidate) => candidate.tag !== 'en')) {
    const rules = list.terms[locale.tag as TranslatedTag] ?? [];
    const files = [
      ...pages.filter((page) => page.locale === locale.path).map((page) => ({ ...page, kind: 'mdx' as const })),
      ...filesUnder(join(root, 'locales', locale.tag), '.json').map((file) => ({
        path: relative(root, file).replaceAll('\\', '/'),
        text: readFileSync(file, 'utf8'),
        kind: 'json' as const,
      })),
    ];
    for (const { path, text, kind } of files) {
      for (const violation of termViolations(text, rules, kind)) {
        problems.push(
          `${path}:${violation.line}:${violation.column}: "${violation.found}" → use "${violation.rule.preferred}" (${violation.rule.note}; ${termListFile})`,
        );
      }
    }
  }
  return problems;
}
