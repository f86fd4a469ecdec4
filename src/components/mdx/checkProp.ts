/**
 * Build-time validation of MDX component props: an unknown id fails the build with the component,
 * the prop, the bad value and the page it was used on.
 */
export function checkProp<T extends string>(
  component: string,
  prop: string,
  value: unknown,
  allowed: readonly T[],
  page: URL,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`<${component} ${prop}="${String(value)}"> on ${page.pathname}: ${prop} must be one of ${allowed.join(', ')}`);
}
