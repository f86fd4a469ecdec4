/**
 * Reads each guide source the way an editor wrote it, before anything compares locales: the
 * frontmatter (opened and closed, valid YAML, every field as the schema wants it) and the MDX body
 * (only the site's components, with ids the rules know). Every problem points at the line of the
 * file that holds it, and all of them are reported at once, so a typo in the English page is named
 * there instead of surfacing as differences in its translations.
 */
import type { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { componentSchemas, propRules, type ComponentName } from '../components/mdx/props.ts';
import { sectionKeys } from '../rules/program.ts';
import { parseInline } from '../i18n/inline-markup.ts';
import { nearest, type EditorMessage } from './editor-message.ts';
import { guideGroupSchema, guidePageSchema } from './schema.ts';
import type { GuideSources } from './sources.ts';

const fieldFixes: Readonly<Record<string, string>> = {
  title: 'write the page heading in the page\'s language, e.g. "title: Activate the benefits"',
  description: 'write one or two sentences of 20–300 characters, shown in search results',
  order: 'write the position within the group as a whole number from 1, the same in every locale',
  section: `write one of ${sectionKeys.join(', ')}, or remove the line`,
  translates: 'run npm run translations -- --stamp <locale>/<page> instead of writing it by hand',
  parityExceptions: 'write a list of { anchor, what, reason } (content/README.md, "Meaning parity")',
  label: "write the group's name in the locale's language",
};

const componentNames = Object.keys(componentSchemas) as ComponentName[];

/** Splits a source into its frontmatter text and the file line it starts on, or says why it cannot. */
function frontmatterOf(file: string, source: string): { text: string; firstLine: number } | EditorMessage {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---')
    return {
      file,
      line: 1,
      column: 1,
      what: 'the page has no frontmatter',
      fix: 'start the file with a line ---, the fields, and a line ---',
    };
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) {
    // The last line that still reads as a field: the closing --- belongs after it.
    let last = 1;
    while (last < lines.length && /^(\s|[\w-]+:)/.test(lines[last] ?? '')) last++;
    return {
      file,
      line: 1,
      column: 1,
      what: 'the frontmatter opened here is never closed',
      fix: `add a line with only --- after the last field (line ${last})`,
    };
  }
  return { text: lines.slice(1, close).join('\n'), firstLine: 2 };
}

/** The file position of a field's key (or of the frontmatter's first line when the field is absent). */
function positionOf(document: Document, counter: LineCounter, path: readonly PropertyKey[], firstLine: number) {
  let node: unknown = document.contents;
  let position = { line: Math.max(1, firstLine - 1), column: 1 };
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (!pair || !isPair(pair)) break;
    const range = isScalar(pair.key) ? pair.key.range : undefined;
    if (range) {
      const { line, col } = counter.linePos(range[0]);
      position = { line: line + firstLine - 1, column: col };
    }
    node = pair.value;
  }
  return position;
}

/** Checks YAML fields against a schema: YAML syntax first, then every schema issue. */
export function lintFields(file: string, text: string, firstLine: number, schema: z.ZodType): EditorMessage[] {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (document.errors.length > 0) {
    return document.errors.map((error) => {
      const { line, col } = counter.linePos(error.pos[0]);
      return {
        file,
        line: line + firstLine - 1,
        column: col,
        what: `not valid YAML: ${error.message.split('\n')[0]}`,
        fix: 'write each field as "name: value" on its own line; quote a value that holds ": " or starts with { [ \' " #',
      };
    });
  }
  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return [];
  return result.error.issues.flatMap((issue): EditorMessage[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys((schema as z.ZodObject).shape ?? {});
      return issue.keys.map((key) => {
        const guess = nearest(key, known);
        return {
          file,
          ...positionOf(document, counter, [...issue.path, key], firstLine),
          what: `unknown field "${key}"`,
          fix: guess
            ? `did you mean "${guess}"? The fields are ${known.join(', ')}`
            : `remove it; the fields are ${known.join(', ')}`,
        };
      });
    }
    const field = issue.path.join('.');
    const name = String(issue.path[0] ?? '');
    const absent = issue.code === 'invalid_type' && / received undefined$/.test(issue.message);
    return [
      {
        file,
        ...positionOf(document, counter, issue.path, firstLine),
        what: absent
          ? `the field "${field}" is missing`
          : `the field "${field}" is wrong: ${issue.message.replace(/^Invalid input: /, '')}`,
        fix: fieldFixes[name] ?? 'see content/README.md, "Frontmatter"',
      },
    ];
  });
}

interface MdxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: readonly { type: string; name?: string; value?: unknown }[];
  readonly position?: { start: { line: number; column: number } };
  readonly children?: readonly MdxNode[];
}

function lintComponent(file: string, node: MdxNode): EditorMessage[] {
  const name = node.name ?? '';
  const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  if (!(name in componentSchemas)) {
    const guess = nearest(name, componentNames);
    return [
      {
        ...at,
        what: `unknown component <${name}>`,
        fix: `${guess ? `did you mean <${guess}>? ` : ''}the components are ${componentNames.map((known) => `<${known}>`).join(', ')} (no import needed)`,
      },
    ];
  }
  const props = propRules(name as ComponentName);
  const given = new Map((node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute').map((a) => [a.name ?? '', a.value]));
  const messages: EditorMessage[] = [];
  for (const [prop, rule] of Object.entries(props)) {
    if (rule.required && !given.has(prop))
      messages.push({
        ...at,
        what: `<${name}> lacks ${prop}="…"`,
        fix: `add ${prop}="…"${rule.values ? `, one of ${rule.values.join(', ')}` : ''}`,
      });
  }
  for (const [prop, value] of given) {
    const allowed = props[prop]?.values;
    if (!allowed || typeof value !== 'string' || allowed.includes(value)) continue;
    const guess = nearest(value, allowed);
    messages.push({
      ...at,
      what: `<${name} ${prop}="${value}">: unknown ${prop} "${value}"`,
      fix: `${guess ? `did you mean "${guess}"? ` : ''}${prop} is one of ${allowed.join(', ')} (src/rules/program.ts)`,
    });
  }
  return messages;
}

function lintBody(file: string, source: string): EditorMessage[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(source, { features: { headingAttributes: true }, position: true }) as unknown as MdxNode;
  } catch (error) {
    const text = (error as Error).message;
    const [, line = '1', column = '1', what = text] = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/.exec(text) ?? [];
    return [
      {
        file,
        line: Number(line),
        column: Number(column),
        what: `MDX cannot be read: ${what}`,
        fix: 'close every <Component> tag and escape a literal { or < with a backslash',
      },
    ];
  }
  const messages: EditorMessage[] = [];
  const walk = (node: MdxNode) => {
    // Capitalized names are components; lower-case ones (`<em lang="en">`) are HTML.
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? ''))
      messages.push(...lintComponent(file, node));
    node.children?.forEach(walk);
  };
  walk(tree);
  return messages;
}

/** The title's inline markup (`{label:…}`, `{en|…}`), read as the page will render it. */
function lintTitle(file: string, source: string): EditorMessage[] {
  const line = source.split('\n').findIndex((text) => /^title:/.test(text));
  const data = line < 0 ? undefined : (parseDocument(source.split('\n')[line]!).toJS() as { title?: unknown } | null);
  if (typeof data?.title !== 'string') return [];
  try {
    parseInline(data.title, 'title');
    return [];
  } catch (error) {
    return [
      {
        file,
        line: line + 1,
        column: 8,
        what: (error as Error).message,
        fix: 'write a token as {kind:id} with an id from src/rules/program.ts (content/README.md, "Inline markup")',
      },
    ];
  }
}

/** One guide page: `file` as shown to the editor (e.g. `content/en/support-benefits/activate.mdx`). */
export function lintPage(file: string, source: string): EditorMessage[] {
  const frontmatter = frontmatterOf(file, source);
  if ('what' in frontmatter) return [frontmatter];
  return [
    ...lintFields(file, frontmatter.text, frontmatter.firstLine, guidePageSchema),
    ...lintTitle(file, source),
    ...lintBody(file, source),
  ];
}

/** One `_group.yaml`. */
export function lintGroup(file: string, source: string): EditorMessage[] {
  return lintFields(file, source, 1, guideGroupSchema);
}

/** Every page and `_group.yaml` of every locale folder under `contentRoot` (named `content/…`). */
export function lintContent(sources: GuideSources, contentRoot: string, localeFolders: readonly string[]): EditorMessage[] {
  const inScope = (locale: string) => localeFolders.includes(locale);
  return [
    ...sources.pages.filter((page) => inScope(page.locale)).flatMap((page) => lintPage(page.path, page.text)),
    ...[...sources.groups]
      .filter((group) => inScope(group.split('/')[0]!))
      .flatMap((group) =>
        lintGroup(`content/${group}/_group.yaml`, readFileSync(join(contentRoot, group, '_group.yaml'), 'utf8')),
      ),
  ];
}
