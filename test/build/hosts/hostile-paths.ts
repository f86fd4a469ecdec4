/**
 * Request targets that try to turn a redirect into one to another site: the probe's own cases and
 * a few hundred more built from the ways a path can smuggle a second host (`//`, `/\`, encoded
 * slashes and dots, folders named like a locale or a host).
 */
export const probeCases = [
  '//evil.example/..%2fen',
  '//evil.example/%2e%2e%2fen',
  '//evil.example/..%2f..%2fen/calculator',
  '///evil.example/..%2fen',
  '///en',
  '//en',
  '//en/calculator',
  '/\\evil.example/..%2fen',
  '/%2fevil.example/..%2fen',
  '/%5cevil.example/..%2fen',
  '/%2e%2e%2fen',
];

const starts = [
  '//',
  '///',
  '/\\',
  '/\\\\',
  '/%2f',
  '/%2F/',
  '/%5c',
  '/./',
  '/.//',
  '/%2e/',
  '/en//',
  '/EN//',
  '/EN/\\',
  '/docs//',
];
const hosts = ['evil.example', 'en', 'evil.example:443', '@evil.example', 'EN', '127.0.0.1'];
const tails = [
  '',
  '/',
  '/..%2fen',
  '/%2e%2e%2fen',
  '/..%2f..%2fen/calculator',
  '/../en',
  '%2f..%2fen',
  '/..%5cen',
  '?x=1',
  '/..%2fen?q=//evil',
];

/** Every combination, plus the probe's cases. */
export function hostileTargets(): string[] {
  const targets = new Set(probeCases);
  for (const start of starts) for (const host of hosts) for (const tail of tails) targets.add(`${start}${host}${tail}`);
  return [...targets];
}

/** Why a Location leaves the site, or undefined when it stays: it must resolve to the same origin. */
export function offSite(location: string | undefined, target: string): string | undefined {
  if (location === undefined) return undefined;
  const site = 'http://site.example';
  let resolved: URL;
  try {
    resolved = new URL(location, `${site}${target.startsWith('/') ? '' : '/'}${target}`);
  } catch {
    return `Location ${location} does not parse`;
  }
  if (resolved.origin !== site) return `Location ${location} leads to ${resolved.origin}`;
  if (!location.startsWith('/') || /^\/[/\\]/.test(location)) return `Location ${location} is not a plain path`;
  return undefined;
}
