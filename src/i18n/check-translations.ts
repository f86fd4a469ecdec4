/**
 * Compares every locale's UI strings with English, the typed source: missing keys, extra keys,
 * different `{{variables}}`, plural forms the locale's plural rules need, and the inline markup
 * (src/i18n/inline-markup.ts: valid tokens, no old forms, the same rule tokens as English). Pure:
 * takes the parsed JSON, returns problems naming file and key.
 */
import { oldForms, parseInline, ruleTokens } from './inline-markup.ts';
import type { Messages } from './resources.ts';

export type ResourcesByTag = Record<string, Record<string, Messages>>;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Flattens nested messages to dotted keys (`nav.guide`). */
export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!).sort();
}

/** Keys with plural suffixes stripped, mapped to the categories present. */
function pluralGroups(flat: Map<string, string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const match = pluralSuffix.exec(key);
    if (!match) continue;
    const base = key.slice(0, -match[0].length);
    if (!groups.has(base)) groups.set(base, new Set());
    groups.get(base)!.add(match[1]!);
  }
  return groups;
}

export function checkTranslations(resources: ResourcesByTag, sourceTag = 'en'): string[] {
  const problems: string[] = [];
  const source = resources[sourceTag];
  if (!source) return [`locales/${sourceTag}/ is missing`];

  for (const [tag, namespaces] of Object.entries(resources)) {
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const ns of Object.keys(source)) {
      const file = `locales/${tag}/${ns}.json`;
      const target = namespaces[ns];
      if (!target) {
        problems.push(`${file} is missing`);
        continue;
      }
      const sourceFlat = flatten(source[ns]!);
      const targetFlat = flatten(target);
      const sourcePlurals = pluralGroups(sourceFlat);
      const targetPlurals = pluralGroups(targetFlat);
      const baseOf = (key: string) => key.replace(pluralSuffix, '');

      // Plural keys are compared as groups; the forms a locale needs come from its plural rules.
      for (const [base, forms] of targetPlurals) {
        for (const needed of categories) {
          if (!forms.has(needed)) problems.push(`${file}: "${base}" lacks the plural form "${base}_${needed}"`);
        }
      }
      for (const base of sourcePlurals.keys()) {
        if (!targetPlurals.has(base)) problems.push(`${file}: missing plural key "${base}"`);
      }
      for (const base of targetPlurals.keys()) {
        if (!sourcePlurals.has(base)) problems.push(`${file}: extra plural key "${base}" (not in English)`);
      }
      if (tag === sourceTag) {
        for (const [base, forms] of sourcePlurals) {
          for (const needed of categories) {
            if (!forms.has(needed)) problems.push(`${file}: "${base}" lacks the plural form "${base}_${needed}"`);
          }
        }
      }

      for (const key of sourceFlat.keys()) {
        if (pluralSuffix.test(key)) continue;
        if (!targetFlat.has(key)) problems.push(`${file}: missing key "${key}"`);
      }
      for (const key of targetFlat.keys()) {
        if (pluralSuffix.test(key)) continue;
        if (!sourceFlat.has(key)) problems.push(`${file}: extra key "${key}" (not in English)`);
      }

      // Every text must use exactly the variables its English counterpart uses.
      for (const [key, text] of targetFlat) {
        const english = sourceFlat.get(key) ?? sourceFlat.get(`${baseOf(key)}_other`);
        if (english === undefined) continue;
        const expected = variables(english).filter((name) => name !== 'count' || !pluralSuffix.test(key));
        const actual = variables(text).filter((name) => name !== 'count' || !pluralSuffix.test(key));
        if (expected.join() !== actual.join()) {
          problems.push(`${file}: "${key}" uses {{${actual.join('}}, {{')}}} but English uses {{${expected.join('}}, {{')}}}`);
        }
        problems.push(...checkMarkup(text, english, `${file}: "${key}"`));
        if (/\{\{[^}]*$|^[^{]*\}\}/.test(text) || (text.match(/\{\{/g)?.length ?? 0) !== (text.match(/\}\}/g)?.length ?? 0)) {
          problems.push(`${file}: "${key}" has a broken {{interpolation}}`);
        }
      }
    }
    for (const ns of Object.keys(namespaces)) {
      if (!(ns in source)) problems.push(`locales/${tag}/${ns}.json has no English counterpart`);
    }
  }
  return problems;
}

/** The inline markup of one string: old forms, malformed or unknown tokens, rule tokens unlike English. */
export function checkMarkup(text: string, english: string, where: string): string[] {
  const old = oldForms(text);
  if (old.length > 0) return [`${where} uses the old markup ${old.join(', ')} (see content/README.md, "Inline markup")`];
  try {
    parseInline(text, where);
  } catch (error) {
    return [(error as Error).message];
  }
  let expected: string[];
  try {
    expected = ruleTokens(english);
  } catch {
    return []; // English's own problem is reported under its own file
  }
  const actual = ruleTokens(text);
  if (expected.join() === actual.join()) return [];
  const list = (tokens: string[]) => (tokens.length === 0 ? 'none' : tokens.map((token) => `{${token}}`).join(', '));
  return [`${where} uses the tokens ${list(actual)} but English uses ${list(expected)}`];
}
