/**
 * MDX component props, checked at build time against each component's zod schema: a bad prop
 * fails the build naming the component, the file it is used in, the prop, what it was given and
 * what it accepts (in the manner of Starlight's `parseWithFriendlyErrors`).
 */
import { z } from 'astro/zod';

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

/** The props as the schema parses them; throws naming component, place and every bad prop. */
export function parseProps<T extends z.ZodType>(component: string, schema: T, props: unknown, where: string): z.output<T> {
  const result = schema.safeParse(props, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `  - ${describeIssue(issue)}`).join('\n');
  throw new Error(`Invalid props of <${component}> in ${where}:\n${issues}`);
}

/** A zod enum of the keys of a record of ids (labels, messages, links). */
export function idOf<K extends string>(record: Readonly<Record<K, unknown>>): z.ZodEnum<{ [P in K]: P }> {
  return z.enum(Object.keys(record) as [K, ...K[]]);
}
