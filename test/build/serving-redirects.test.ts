/**
 * No redirect leaves the site: the policy's answer to the probe's open-redirect cases and a few
 * hundred generated ones is never a Location on another origin, at the root and under a base.
 * The same targets go to every running host in serving-hosts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { decide, type Lookup } from '../../src/serving/policy.ts';
import { distDir } from '../support/paths.ts';
import { hostileTargets, offSite, probeCases } from './hosts/hostile-paths.ts';

const lookup: Lookup = (path) => {
  try {
    const stats = statSync(join(distDir, path));
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : undefined;
  } catch {
    return undefined;
  }
};

describe('redirects stay on the site', () => {
  it.each(['/', '/docs/'])('under base %s, for %#', (base) => {
    const targets = hostileTargets();
    expect(targets.length).toBeGreaterThan(300);
    const problems: string[] = [];
    for (const path of targets) {
      const target = base === '/' ? path : `${base.slice(0, -1)}${path}`;
      const decision = decide(target, base, lookup);
      const problem = decision.kind === 'redirect' ? offSite(decision.location, target) : undefined;
      if (problem) problems.push(`${target}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it("sends the probe's cases to a page of this site, or to its error page", () => {
    expect(decide('//evil.example/..%2fen', '/', lookup)).toEqual({ kind: 'redirect', status: 301, location: '/en/' });
    expect(decide('//en', '/', lookup)).toEqual({ kind: 'redirect', status: 301, location: '/en/' });
    for (const target of probeCases)
      expect(offSite((decide(target, '/', lookup) as { location?: string }).location, target)).toBeUndefined();
  });
});
