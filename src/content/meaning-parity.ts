/**
 * Meaning parity: a translation must say the same things as the English page, section by section.
 * Prose cannot be compared mechanically, but what carries facts can: the rule-backed components and
 * their ids/props, callouts by kind, list items, ordered-list steps and internal link targets. A
 * difference is a problem naming file, anchor and what differs, unless the translation's frontmatter
 * lists it under `parityExceptions` (an exception that matches no difference is itself a problem,
 * so exceptions cannot outlive the reason for them).
 *
 * Pure: MDX source text in, problems out. Parsed with satteri, the MDX parser Astro itself uses, so
 * the check reads the page exactly as the build does.
 */
import { mdxToMdast } from 'satteri';
import { guidePageSchema } from './schema.ts';
import { frontmatterOf } from './sources.ts';

export interface ParityException {
  /** The section's `{#anchor}`, or `top` for the text before the first section. */
  readonly anchor: string;
  /** What differs, spelled as in the problem, e.g. `list items` or `<Callout kind="tip">`. */
  readonly what: string;
  /** Why this locale legitimately differs (for the reviewer). */
  readonly reason: string;
}

export interface PageSource {
  /** Shown in problems, e.g. `content/es-es/support-benefits/entitlements.mdx`. */
  readonly path: string;
  readonly source: string;
}

/** The anchor given to the text before the first section. */
export const introAnchor = 'top';

/**
 * The props that carry facts, per component; other props (a table caption, `explain`) are wording
 * and may differ. A component not listed here is compared by name alone.
 */
const comparedProps: Record<string, readonly string[]> = {
  PortalMessage: ['id'],
  Label: ['id'],
  Entitlement: ['offer', 'benefit', 'competency'],
  EntitlementTable: [],
  CloudCompetencies: [],
  ExternalLink: ['to'],
  Callout: ['kind'],
};

type Counts = Map<string, number>;

/** The few mdast fields read here (headings, lists, links, MDX JSX elements, frontmatter). */
interface Node {
  readonly type: string;
  readonly name?: string | null | undefined;
  readonly attributes?: unknown;
  readonly ordered?: boolean | null | undefined;
  readonly url?: string | undefined;
  readonly value?: string | undefined;
  readonly data?: unknown;
  readonly children?: readonly Node[] | undefined;
}

interface Section {
  readonly anchor: string;
  readonly counts: Counts;
}

interface Parsed {
  readonly sections: Section[];
  readonly frontmatter: Record<string, unknown>;
}

function bump(counts: Counts, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function componentKey(node: Node): string {
  const name = node.name ?? '';
  const props = (Array.isArray(node.attributes) ? (node.attributes as unknown[]) : [])
    .filter((attribute): attribute is { type: 'mdxJsxAttribute'; name: string; value: unknown } => {
      const candidate = attribute as { type?: string; name?: string };
      return candidate.type === 'mdxJsxAttribute' && (comparedProps[name] ?? []).includes(candidate.name ?? '');
    })
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((attribute) => ` ${attribute.name}="${typeof attribute.value === 'string' ? attribute.value : '{…}'}"`);
  return `<${name}${props.join('')}>`;
}

/**
 * A link's target as a reader lands on it: the page path (relative to the guide) and the anchor.
 * Guide pages are served as `/<locale>/guide/<page>/`, so `../activate/#x` becomes `guide/activate/#x`.
 */
function linkKey(url: string, pagePath: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return `link ${url}`;
  const base = new URL(`https://guide.invalid/locale/guide/${pagePath}/`);
  const resolved = new URL(url, base);
  const path = resolved.pathname.replace(/^\/locale\//, '');
  return `link ${path}${resolved.hash}`;
}

function countNode(node: Node, counts: Counts, pagePath: string): void {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      // Components (capitalized) carry facts; plain HTML elements (`<em lang="en">`) are wording.
      if (/^[A-Z]/.test(node.name ?? '')) bump(counts, componentKey(node));
      break;
    case 'list':
      for (const _ of node.children ?? []) bump(counts, node.ordered ? 'steps' : 'list items');
      break;
    case 'link':
      bump(counts, linkKey(node.url ?? '', pagePath));
      break;
  }
  for (const child of node.children ?? []) countNode(child, counts, pagePath);
}

function anchorOf(node: Node): string | undefined {
  if (node.type !== 'heading') return undefined;
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

/** The page's path inside its locale folder without `.mdx`, e.g. `content/pt-br/a/b.mdx` → `a/b`. */
function pagePathOf(path: string): string {
  const match = /content\/[^/]+\/(.+)\.mdx$/.exec(path.replaceAll('\\', '/'));
  return match?.[1] ?? path.replace(/\.mdx$/, '');
}

function parsePage(page: PageSource): Parsed {
  const tree = mdxToMdast(page.source, { features: { headingAttributes: true }, position: false }) as unknown as Node;
  const sections: Section[] = [{ anchor: introAnchor, counts: new Map() }];
  const frontmatter = frontmatterOf(page.source);
  const pagePath = pagePathOf(page.path);
  for (const node of tree.children ?? []) {
    if (node.type === 'yaml') continue;
    const anchor = anchorOf(node);
    if (anchor !== undefined) sections.push({ anchor, counts: new Map() });
    else countNode(node, sections.at(-1)!.counts, pagePath);
  }
  return { sections, frontmatter };
}

function describeCount(count: number, what: string): string {
  return what === 'list items' || what === 'steps' ? `${count} ${what}` : `${count} × ${what}`;
}

/** Reads `parityExceptions` with the guide's schema; problems name the file and the field. */
export function parityExceptionsOf(
  frontmatter: Record<string, unknown>,
  path: string,
): { exceptions: readonly ParityException[]; problems: string[] } {
  const result = guidePageSchema.shape.parityExceptions.safeParse(frontmatter['parityExceptions']);
  if (result.success) return { exceptions: result.data ?? [], problems: [] };
  const problems = result.error.issues.map((issue) => {
    const [index, field] = issue.path;
    const where = index === undefined ? '' : `[${String(index)}]${field === undefined ? '' : `.${String(field)}`}`;
    return `${path}: frontmatter "parityExceptions"${where}: ${issue.message}`;
  });
  return { exceptions: [], problems };
}

/** Compares one translation with its English page; returns problems naming file, anchor and difference. */
export function checkMeaningParity(english: PageSource, translation: PageSource): string[] {
  let source: Parsed;
  let target: Parsed;
  try {
    source = parsePage(english);
  } catch (error) {
    return [`${english.path}: cannot be read for meaning parity: ${(error as Error).message}`];
  }
  try {
    target = parsePage(translation);
  } catch (error) {
    return [`${translation.path}: cannot be read for meaning parity: ${(error as Error).message}`];
  }
  const { exceptions, problems } = parityExceptionsOf(target.frontmatter, translation.path);
  // English is what translations are compared with; an exception there would excuse nothing.
  if (source.frontmatter.parityExceptions !== undefined)
    problems.unshift(`${english.path}: frontmatter "parityExceptions" belongs on translations only`);
  const used = new Set<ParityException>();
  const targetSections = new Map(target.sections.map((section) => [section.anchor, section.counts]));

  for (const exception of exceptions) {
    if (!targetSections.has(exception.anchor))
      problems.push(`${translation.path}: parity exception for #${exception.anchor} names no section of the page`);
  }

  for (const { anchor, counts: expected } of source.sections) {
    // Sections missing or added are reported by the anchor check (check-content.ts).
    const actual = targetSections.get(anchor);
    if (!actual) continue;
    const keys = [...new Set([...expected.keys(), ...actual.keys()])].sort();
    for (const what of keys) {
      const want = expected.get(what) ?? 0;
      const have = actual.get(what) ?? 0;
      if (want === have) continue;
      const excused = exceptions.find((exception) => exception.anchor === anchor && exception.what === what);
      if (excused) {
        used.add(excused);
        continue;
      }
      problems.push(`${translation.path} #${anchor}: ${describeCount(have, what)}, English has ${want}`);
    }
  }
  for (const exception of exceptions) {
    if (!used.has(exception) && targetSections.has(exception.anchor))
      problems.push(
        `${translation.path} #${exception.anchor}: parity exception for "${exception.what}" matches no difference from English; remove it`,
      );
  }
  return problems;
}
