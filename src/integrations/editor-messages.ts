/**
 * Turns the problems of the site's checks into editor messages, `file:line:column — what — fix`,
 * and prints them: the checks name the file and the field (a key, an anchor, a frontmatter field,
 * an href); this module finds the line that holds it and adds how to fix it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { formatMessage, type EditorMessage } from '../content/editor-message.ts';

const readme = 'content/README.md';

/** How to fix a kind of problem, recognised by its words. The first match wins. */
const fixes: readonly [RegExp, string][] = [
  [/\(run: (.+)\)$/, 'run $1'],
  [
    /is missing \(exists in (\w[\w-]*)\)$/,
    'translate the $1 page into this file, or build with REQUIRE_FULL_TRANSLATION=false to publish it in English for now',
  ],
  [/_group\.yaml is missing/, `create it with "order:" and "label:" (${readme}, "Groups and addresses")`],
  [/has no (\w[\w-]*) counterpart$/, 'add the $1 page at the same path, or rename this file to match one'],
  [/is not a locale folder/, 'move its pages into a locale folder, or add the locale to src/i18n/locales.ts'],
  [/a guide page must be at/, 'move the file to content/<locale>/<group>/<page>.mdx'],
  [/is also used in/, 'rename one of the two files: a page name is its address and must be unique'],
  [/section anchors .* differ from/, 'give the ## headings the same {#anchor}s, in the same order, as the English page'],
  [/frontmatter "(\w+)" is .* but (.*) in (\w[\w-]*)$/, 'set $1 to $2, as the $3 page has it'],
  [/belongs on translations only/, 'remove it from the English page'],
  [/parity exception .* matches no difference/, 'remove the exception'],
  [/parity exception .* names no section/, 'use the {#anchor} of a section of the page, or top'],
  [
    /, English has \d+$/,
    'say what the English section says (the same components, list items, steps and links), or list the difference under parityExceptions with a reason',
  ],
  [
    /missing key "message\.[\w-]+\.wording"/,
    "add the key: the portal's text from portalMessages in src/rules/portal-messages.ts, translated",
  ],
  [/repeats the portal's text/, 'remove the key: English portal wording comes from the rules'],
  [/missing (plural )?key "/, 'add the key, translated from the same key in locales/en/'],
  [/extra (plural )?key "/, 'remove the key, or add it to locales/en/ first'],
  [/lacks the plural form/, "add that form: the language's plural rules need it"],
  [/uses \{\{.*\}\} but English uses/, 'use exactly the {{variables}} English uses; translate only the words around them'],
  [/broken \{\{interpolation\}\}/, 'close every {{ with }}'],
  [
    /uses the tokens .* but English uses/,
    `use the same {label:…}, {message:…}, {portal:…}, {path:…}, {plan:…}, {link:…} tokens as English (${readme}, "Inline markup")`,
  ],
  [/old (markup|form)/, `write the current inline markup (${readme}, "Inline markup")`],
  [/unknown message "/, 'use an id from src/rules/portal-messages.ts'],
  [/unknown (label|portal|path|plan|link) "/, 'use an id from src/rules/program.ts'],
  [
    /stray brace|malformed token|unknown token kind|only \{link/,
    `write a token as {kind:id} and a literal brace not at all (${readme}, "Inline markup")`,
  ],
  [/not valid JSON/, 'fix the JSON at that place (a missing comma or quote, or a trailing comma)'],
  [/no text for|has no text/, 'write the text in this locale'],
  [/no rule reads its answer$/, 'add the policy that reads it to src/rules/next-steps.ts'],
  [
    /advice without provenance/,
    'say only what a fact the rule cites says, or say that the source is silent (the word in brackets guesses or advises)',
  ],
  [
    /is the text of a (node|step|portal message) /,
    'remove the words, or add the $1 they are for (src/rules/troubleshooting.ts; a portal message and the nodes it starts: src/rules/portal-messages.ts)',
  ],
  [/→ .*: no such page$/, 'link to an existing page (guide pages are at ../<page>/ from a guide page)'],
  [/→ no element with id "/, 'link to one of the {#anchor}s the target page has'],
  [/not listed in externalLinks/, 'add the address to externalLinks in src/rules/program.ts, or use <ExternalLink to="…">'],
  [/is not https$/, 'use the https address'],
  [/is not a valid URL$|points outside the site/, 'link to a page of the site with a relative address'],
  [/is missing$/, 'create the file, with the keys English has'],
];

function fixFor(what: string): { what: string; fix: string } {
  for (const [pattern, fix] of fixes) {
    const match = pattern.exec(what);
    if (!match) continue;
    const text = fix.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? '');
    // A fix already written into the problem ("(run: …)") is moved, not repeated.
    return { what: pattern.source.startsWith('\\(run') ? what.slice(0, match.index).trim() : what, fix: text };
  }
  return { what, fix: `see ${readme}` };
}

/** Where a problem's text says the mistake is: the file, and what to look for in it. */
function placeOf(problem: string): { file: string; rest: string } {
  // The link check names the built page and, for guide pages, the source it came from.
  const built = /^dist\/\S+ \(from (content\/\S+)\): (.*)$/.exec(problem);
  if (built) return { file: built[1]!, rest: built[2]! };
  // A page of the development server's copy, by its address (`/en/calculator/`).
  const address = /^(\/[^\s:]*) ?(?:\(from (content\/\S+)\))?: (.*)$/.exec(problem);
  if (address) return { file: address[2] ?? address[1]!, rest: address[3]! };
  const path = /^((?:content|locales|src|dist)\/[^\s:]+)(?::\s*| )?(.*)$/.exec(problem);
  if (path) return { file: path[1]!, rest: path[2]! };
  // A record of the rules that names its file: `questions["csp"] (src/rules/questions.ts): …`.
  const record = /^(\S+) \((src\/rules\/[\w/-]+\.ts)\): (.*)$/.exec(problem);
  if (record) return { file: record[2]!, rest: `${record[1]}: ${record[3]}` };
  // The rules' own problems name a table of src/rules/.
  if (/^(stepSources|silenceSources)\b/.test(problem)) return { file: 'src/rules/next-steps.ts', rest: problem };
  return { file: 'src/rules/program.ts', rest: problem };
}

/** The 1-based line and column of `needle` in `text`, searching from `from`; null when absent. */
function find(text: string, needle: string | RegExp, from = 0): { index: number; line: number; column: number } | null {
  let index: number;
  if (typeof needle === 'string') index = text.indexOf(needle, from);
  else {
    const pattern = new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : `${needle.flags}g`);
    pattern.lastIndex = from;
    index = pattern.exec(text)?.index ?? -1;
  }
  return index < 0 ? null : { index, ...positionOf(text, index) };
}

/** The 1-based line and column of the character at `index` of `text`. */
function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The line of the thing a problem names: an anchor, a frontmatter field, a JSON key, an href, an id. */
function locate(text: string, file: string, what: string): { line: number; column: number } {
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const anchor = /^#([\w-]+)/.exec(what) ?? / #([\w-]+):/.exec(what);
  const field = /frontmatter "(\w+)"/.exec(what) ?? /^(title):/.exec(what);
  const href = /(?:href|src|action)="([^"]+)"/.exec(what);
  const component = /<(\w+)(?: (\w+)="([^"]+)")?/.exec(what);
  // A JSON file's key: a dotted one if the problem quotes one (`"node.start.title"`, not the id
  // `"start"` quoted before it), or one that leads the problem unquoted, or else the first quoted.
  const key = file.endsWith('.json')
    ? (/"([\w-]+(?:\.[\w-]+)+)"/.exec(what) ?? /^([\w-]+(?:\.[\w-]+)+):/.exec(what) ?? /"([\w.-]+)"/.exec(what))?.[1]
    : undefined;
  const attempts: (string | RegExp | undefined)[] = [
    anchor ? `{#${anchor[1]}}` : undefined,
    field ? new RegExp(`^${field[1]}:`, 'm') : undefined,
    href ? `](${href[1]})` : undefined,
    href ? `"${href[1]}"` : undefined,
    component?.[2] ? new RegExp(`<${component[1]}[^>]*${component[2]}="${escape(component[3]!)}"`) : undefined,
    component ? `<${component[1]}` : undefined,
  ];
  for (const attempt of attempts) {
    const found = attempt === undefined ? null : find(text, attempt);
    if (found) return { line: found.line, column: found.column };
  }
  if (key) {
    const at = jsonKeyOffset(text, key);
    if (at !== null) return positionOf(text, at);
  }
  const record = /^\w+\["([\w-]+)"\]/.exec(what);
  if (record) {
    const found = find(text, new RegExp(`(?<=^\\s*)'?${escape(record[1]!)}'?:`, 'm'));
    if (found) return { line: found.line, column: found.column };
  }
  return { line: 1, column: 1 };
}

/**
 * The offset of a dotted i18next key (`node.start.title`, `count_one`) in a JSON text; for a key
 * that is not there, the offset of its nearest enclosing object that is, where it would be added.
 */
function jsonKeyOffset(text: string, key: string): number | null {
  const root = parseTree(text);
  if (!root) return null;
  const path = key.replace(/_(zero|one|two|few|many|other)$/, '').split('.');
  for (let length = path.length; length > 0; length--) {
    const node: Node | undefined = findNodeAtLocation(root, path.slice(0, length));
    // The property's key rather than its value: the line that names it.
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return root.offset;
}

/** One problem of a check as an editor message; `root` is the project folder the paths are in. */
export function toEditorMessage(problem: string, root: string): EditorMessage {
  const { file, rest } = placeOf(problem.replace(/\s+/g, ' ').trim());
  // A position the check already knows: JSON.parse's, or a `line:column:` the problem starts with.
  const json = /\(line (\d+) column (\d+)\)/.exec(rest);
  const given = /^(\d+):(\d+): (.*)$/.exec(rest);
  if (given) return { file, line: Number(given[1]), column: Number(given[2]), ...fixFor(given[3]!) };
  const path = join(root, file);
  const position = json
    ? { line: Number(json[1]), column: Number(json[2]) }
    : existsSync(path) && !file.endsWith('/')
      ? locate(readFileSync(path, 'utf8'), file, rest)
      : { line: 1, column: 1 };
  return { file, ...position, ...fixFor(rest || problem) };
}

/** The report of a failed check: a heading line, then one message per line. */
export function report(stage: string, messages: readonly EditorMessage[]): string {
  return [`${stage}: ${messages.length} problem(s)`, ...messages.map(formatMessage)].join('\n');
}
