import { readFileSync, readdirSync } from 'node:fs';
import { termViolations } from './src/i18n/terms.ts';
for (const [dir, tag] of [['content/pt-br','pt-BR'],['content/es-es','es-ES'],['locales/pt-BR','pt-BR'],['locales/es-ES','es-ES']] as const) {
  for (const f of readdirSync(dir)) {
    const t = readFileSync(`${dir}/${f}`,'utf8');
    for (const v of termViolations(t, tag, f.endsWith('.json') ? 'json':'mdx')) console.log(`${dir}/${f}:${v.line}: "${v.found}" → ${v.rule.preferred}`);
  }
}
