/**
 * The one inline markup of every reader-facing string (locales/*.json and frontmatter titles). A few
 * tokens in single braces stand for what the rules know, so words stay with translators while
 * labels, messages and addresses come from `src/rules/program.ts` (messages: `portal-messages.ts`):
 *
 * - `{label:technical-benefits}`    a portal label (localized, English beside it)
 * - `{message:not-authorized}`      a portal message: the exact English text and its translation
 * - `{portal:support-for-business}` the portal's name, linked when the rules know its address
 * - `{path:partner-center}`         the portal's path of clicks, label by label
 * - `{plan:premier-support}`        a paid plan's English name, linked
 * - `{link:supported-products-n-1|list of supported products}` an external link with its text
 * - `{en|Access ID}`                English words inside a pt-BR or es-ES sentence (lang="en")
 *
 * i18next's `{{variables}}` use double braces and are replaced before parsing. Pure: `Inline.astro`
 * renders the parts; `plainText` flattens them for <title>, meta descriptions and announcements.
 */
import { externalLinks, paidPlans, portalLabels, portals } from '../rules/program.ts';
import { portalMessages } from '../rules/portal-messages.ts';
import type { Translate } from './translator.ts';
import type { ExternalLinkId, PaidPlanId, PortalId, PortalLabelId } from '../rules/program.ts';
import type { PortalMessageId } from '../rules/portal-messages.ts';

export type InlinePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'label'; readonly id: PortalLabelId }
  | { readonly kind: 'message'; readonly id: PortalMessageId }
  | { readonly kind: 'portal'; readonly id: PortalId }
  | { readonly kind: 'path'; readonly id: PortalId }
  | { readonly kind: 'plan'; readonly id: PaidPlanId }
  | { readonly kind: 'link'; readonly id: ExternalLinkId; readonly text: string }
  | { readonly kind: 'en'; readonly text: string };

const tokenPattern = /\{([a-z]+)(?::([a-z0-9-]+))?(?:\|([^{}]+))?\}/g;
// i18next variables left in a raw string (the checks read the JSON before interpolation).
const variablePattern = /\{\{\s*[\w.]+\s*(?:,[^}]*)?\}\}/g;

const known = {
  label: Object.keys(portalLabels),
  message: Object.keys(portalMessages),
  portal: Object.keys(portals),
  // Only portals whose clicks the rules know have a path to show.
  path: Object.values(portals)
    .filter((portal) => portal.path.length > 0)
    .map((portal) => portal.id),
  plan: Object.keys(paidPlans),
  link: Object.keys(externalLinks),
} as const satisfies Record<Exclude<InlinePart['kind'], 'text' | 'en'>, readonly string[]>;
type RuleKind = keyof typeof known;
const kinds = [...Object.keys(known), 'en'].join(', ');

/**
 * Whether a string holds no inline markup (no token, no brace, no old `<en>` form): it renders as
 * it is. Long lists of titles (the sidebar lists every guide page on every guide page) render such
 * titles directly: a component per title was most of the build's time at thousands of pages.
 */
export function isPlainText(text: string): boolean {
  return !/[{}<]/.test(text);
}

/**
 * Splits a string into text and tokens. Throws, naming `where` (file and key), on an unknown kind
 * or id, a link without text, text on any other token, or a stray brace: the build stops there.
 */
export function parseInline(text: string, where: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  const addText = (chunk: string) => {
    if (/[{}]/.test(chunk.replace(variablePattern, ''))) {
      throw new Error(`${where}: stray brace or malformed token in "${chunk}" (tokens: ${kinds}; see content/README.md)`);
    }
    if (/<\/?en>/.test(chunk)) throw new Error(`${where}: <en>…</en> is the old form, write {en|…}`);
    if (chunk) parts.push({ kind: 'text', text: chunk });
  };
  for (const match of text.matchAll(tokenPattern)) {
    // `{{variable}}` is i18next's, not ours: leave it in the text.
    if (text[match.index - 1] === '{' || text[match.index + match[0].length] === '}') continue;
    addText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [token, kind, id, words] = match as unknown as [string, string, string | undefined, string | undefined];
    if (kind === 'en') {
      if (id !== undefined || words === undefined || words.trim() === '')
        throw new Error(`${where}: ${token} — English words are written {en|words}`);
      parts.push({ kind, text: words });
      continue;
    }
    if (!(kind in known) || id === undefined) throw new Error(`${where}: unknown token kind in ${token} (expected ${kinds})`);
    const ids: readonly string[] = known[kind as RuleKind];
    if (!ids.includes(id)) throw new Error(`${where}: unknown ${kind} "${id}" in ${token}`);
    if ((kind === 'link') !== (words !== undefined && words.trim() !== '')) {
      throw new Error(`${where}: ${token} — only {link:id|text} takes a text, and it needs one`);
    }
    parts.push(kind === 'link' ? { kind, id: id as ExternalLinkId, text: words! } : ({ kind, id } as InlinePart));
  }
  addText(text.slice(last));
  return parts;
}

/**
 * The rule tokens of a string (`label:activate`, `link:support-for-business`), sorted: what every
 * translation must carry like English. `{en|…}` is left out, only translations need it.
 */
export function ruleTokens(text: string): string[] {
  return parseInline(text, 'ruleTokens')
    .filter((part) => part.kind !== 'text' && part.kind !== 'en')
    .map((part) => `${part.kind}:${(part as { id: string }).id}`)
    .sort();
}

/**
 * The string without markup, for <title>, meta descriptions, aria text and announcements: labels
 * and portals by their name in the locale (`rules` translates keys of the locale's rules.json),
 * messages in English, links and English words by their text. Takes the translator instead of
 * loading it, so the build's checks can import this module outside Vite.
 */
export function plainText(text: string, rules: Translate<'rules'>, where = 'plainText'): string {
  const label = (id: PortalLabelId) => rules(`label.${id}`);
  return parseInline(text, where)
    .map((part) => {
      switch (part.kind) {
        case 'text':
        case 'en':
        case 'link':
          return part.text;
        case 'label':
          return label(part.id);
        case 'message':
          return portalMessages[part.id].text;
        case 'portal':
          return rules(`portal.${part.id}`);
        case 'plan':
          return paidPlans[part.id].name;
        case 'path':
          return portals[part.id].path.map(label).join(' → ');
      }
    })
    .join('');
}

/**
 * Old markup forms a string still uses: `<en>…</en>` and `{{placeholders}}` that name a portal label
 * or a link instead of an i18next variable (a variable is a plain word such as `{{count}}`).
 */
export function oldForms(text: string): string[] {
  const found: string[] = [];
  if (/<\/?en>/.test(text)) found.push('<en>…</en> (write {en|…})');
  for (const match of text.matchAll(/\{\{\s*([^}\s,]+)\s*\}\}/g)) {
    const name = match[1]!;
    if (name === 'link' || name.includes('-') || name in portalLabels) found.push(`{{${name}}} (write {label:…} or {link:…|…})`);
  }
  return found;
}
