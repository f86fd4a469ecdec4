/**
 * The components a guide page may use and the props each accepts, as one zod schema per component.
 * The components parse their props with it when they render (a bad prop fails the build naming the
 * component, the file, the prop, what it was given and what it accepts, in the manner of Starlight's
 * `parseWithFriendlyErrors`); the source check (src/content/page-lint.ts) reads the same schemas
 * before the build, so a misspelt component or id is named in the file and line that holds it.
 */
import { z } from 'astro/zod';
import { benefitIds, competencyKinds, externalLinks, offerKinds, portalLabels } from '../../rules/program.ts';
import { portalMessages } from '../../rules/portal-messages.ts';

/** A zod enum of the keys of a record of ids (labels, messages, links). */
export function idOf<K extends string>(record: Readonly<Record<K, unknown>>): z.ZodEnum<{ [P in K]: P }> {
  return z.enum(Object.keys(record) as [K, ...K[]]);
}

export const componentSchemas = {
  Callout: z.object({ kind: z.enum(['note', 'important', 'tip', 'silent']) }),
  CloudCompetencies: z.object({}),
  Entitlement: z.object({
    offer: z.enum(offerKinds),
    benefit: z.enum(benefitIds),
    /** Needed where the figure depends on it (Signature Cloud Support for Silver and Gold). */
    competency: z.enum(competencyKinds).optional(),
  }),
  EntitlementTable: z.object({ caption: z.string().trim().min(1) }),
  ExternalLink: z.object({ to: idOf(externalLinks) }),
  Label: z.object({ id: idOf(portalLabels) }),
  PortalMessage: z.object({ id: idOf(portalMessages), explain: z.boolean().optional() }),
} as const;

export type ComponentName = keyof typeof componentSchemas;
export type ComponentProps<C extends ComponentName> = z.input<(typeof componentSchemas)[C]>;

/** A prop as the source check sees it: the values it accepts (when it is a list of ids) and whether it is required. */
export interface PropRule {
  readonly values: readonly string[] | undefined;
  readonly required: boolean;
}

/** Each component's props read off its schema, for the source check. */
export function propRules(name: ComponentName): Readonly<Record<string, PropRule>> {
  const shape: Record<string, z.ZodType> = componentSchemas[name].shape;
  return Object.fromEntries(
    Object.entries(shape).map(([prop, schema]) => {
      const optional = schema instanceof z.ZodOptional;
      const inner = optional ? (schema as z.ZodOptional<z.ZodType>).unwrap() : schema;
      const values = inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
      return [prop, { values, required: !optional }];
    }),
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const prop = issue.path.join('.') || '(props)';
  const given = 'input' in issue && issue.input !== undefined ? `${JSON.stringify(issue.input)} ` : '';
  switch (issue.code) {
    case 'invalid_value':
      return `${prop}: ${given}is not one of ${issue.values.join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? `${prop}: missing` : `${prop}: ${given}is not a ${issue.expected}`;
    default:
      return `${prop}: ${issue.message}`;
  }
}

/** Where a component is used: the content file when the page has one, and the page's address. */
export function usedIn(file: string | undefined, page: URL): string {
  return file === undefined ? page.pathname : `${file} (${page.pathname})`;
}

/** The props as the component's schema parses them; throws naming component, place and every bad prop. */
export function parseProps<C extends ComponentName>(
  component: C,
  props: unknown,
  where: string,
): z.output<(typeof componentSchemas)[C]> {
  const result = componentSchemas[component].safeParse(props, { reportInput: true });
  if (result.success) return result.data as z.output<(typeof componentSchemas)[C]>;
  const issues = result.error.issues.map((issue) => `  - ${describeIssue(issue)}`).join('\n');
  throw new Error(`Invalid props of <${component}> in ${where}:\n${issues}`);
}
