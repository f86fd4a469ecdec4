/**
 * The calculator's step texts live in `locales/<tag>/calculator.json` as sentences with a few
 * tokens that the build turns into elements, so words stay with translators while portal labels,
 * messages and addresses keep coming from the rules:
 *
 * - `{label:technical-benefits}`  a portal label (localized, English beside it)
 * - `{message:not-authorized}`    a portal message quoted in English
 * - `{portal:support-for-business}` the portal's name, linked when the rules know its address
 * - `{path:partner-center}`       the portal's path of clicks, label by label
 * - `{link:supported-products-n-1|list of supported products}` an external link with its text
 * - `{plan:premier-support}`      a paid plan's English name, linked
 * - `{en|Access ID}`              English words inside a pt-BR or es-ES sentence, marked lang="en"
 *
 * Single braces keep the tokens apart from i18next's `{{interpolation}}`, which leaves them alone.
 */
import {
  externalLinks,
  paidPlans,
  portalLabels,
  portalMessages,
  portals,
  type ExternalLinkId,
  type PaidPlanId,
  type PortalId,
  type PortalLabelId,
  type PortalMessageId,
} from '../../rules/program.ts';

export type RichPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'label'; readonly id: PortalLabelId }
  | { readonly kind: 'message'; readonly id: PortalMessageId }
  | { readonly kind: 'portal'; readonly id: PortalId }
  | { readonly kind: 'path'; readonly id: PortalId }
  | { readonly kind: 'link'; readonly id: ExternalLinkId; readonly text: string }
  | { readonly kind: 'plan'; readonly id: PaidPlanId }
  | { readonly kind: 'en'; readonly text: string };

const tokenPattern = /\{([a-z]+)(?::([a-z0-9-]+))?(?:\|([^{}]+))?\}/g;

const known = {
  label: Object.keys(portalLabels),
  message: Object.keys(portalMessages),
  portal: Object.keys(portals),
  // Only portals whose clicks the rules know have a path to show.
  path: Object.values(portals)
    .filter((portal) => portal.path.length > 0)
    .map((portal) => portal.id),
  link: Object.keys(externalLinks),
  plan: Object.keys(paidPlans),
} as const;
type TokenKind = keyof typeof known;

/**
 * Splits a translated text into text and tokens. Throws, naming `where` (file and key), on an
 * unknown token kind or id, a link without text, or a stray brace: the build stops there.
 */
export function parseRichText(text: string, where: string): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  const addText = (chunk: string) => {
    if (/[{}]/.test(chunk)) throw new Error(`${where}: stray brace or malformed token in "${chunk}"`);
    if (chunk) parts.push({ kind: 'text', text: chunk });
  };
  for (const match of text.matchAll(tokenPattern)) {
    addText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [token, kind, id, linkText] = match as unknown as [string, string, string | undefined, string | undefined];
    if (kind === 'en' && id === undefined && linkText !== undefined) {
      parts.push({ kind, text: linkText });
      continue;
    }
    if (!(kind in known) || id === undefined)
      throw new Error(`${where}: unknown token kind in ${token} (expected ${Object.keys(known).join(', ')})`);
    const ids: readonly string[] = known[kind as TokenKind];
    if (!ids.includes(id)) throw new Error(`${where}: unknown ${kind} "${id}" in ${token}`);
    if ((kind === 'link') !== (linkText !== undefined)) {
      throw new Error(`${where}: ${token} — only {link:id|text} takes a text, and it needs one`);
    }
    parts.push(kind === 'link' ? { kind, id: id as ExternalLinkId, text: linkText! } : ({ kind, id } as RichPart));
  }
  addText(text.slice(last));
  return parts;
}

/**
 * The tokens of a text that must match the English source (`label:activate`, …): every token but
 * `{en|…}`, which only translations need.
 */
export function tokensOf(text: string): string[] {
  return [...text.matchAll(tokenPattern)]
    .filter((match) => match[1] !== 'en')
    .map((match) => `${match[1]}:${match[2]}`)
    .sort();
}
