/**
 * `npm start` / `npm run preview`: serves dist/ as production does (policy.ts), under SITE_BASE, on
 * HOST:PORT (127.0.0.1:4321 unless set).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startSiteServer } from './server.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(`${dist}index.html`)) {
  console.error('dist/ has no site: run `npm run build` first (`npm start` does).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const running = await startSiteServer(dist, process.env.SITE_BASE ?? '/', port, host).catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} on ${host} is in use: set PORT to another one.`
      : `Cannot serve: ${error.message}`,
  );
  process.exit(1);
});
console.log(`Serving dist/ at ${running.url} (Ctrl+C stops)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void running.close().then(() => process.exit(0)));
