/**
 * The environment the benchmarks build in: as a plain `astro build` from a shell, with Node's
 * default heap (no NODE_OPTIONS), without colours, and without what Vite puts in the environment of
 * a test (an inherited BASE_URL would override the project's own `base`).
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  delete env['NODE_OPTIONS'];
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete env[name];
  return env;
}
