/** Reading the built site in build tests. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths.ts';

/** Every built HTML page, as paths relative to dist/ (`en/guide/overview/index.html`). */
export function builtPages(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export function hasPage(path: string): boolean {
  return existsSync(join(distDir, path));
}

/** A built page parsed; `path` like `en/guide/overview/` or `en/guide/overview/index.html`. */
export function readPage(path: string): HTMLElement {
  const file = path.endsWith('.html') ? path : `${path.replace(/\/?$/, '/')}index.html`;
  return parse(readFileSync(join(distDir, file), 'utf8'));
}

export function readDistFile(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}
