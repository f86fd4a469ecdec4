/**
 * One term per concept per locale: for each preferred term, the variants that must not appear in
 * that locale's guide pages and UI strings. Built from ../shared/GLOSSARY.md (its Terms table and its
 * "Verbs and phrases" table) and the decisions of issue #10. Enforced by test/unit/terms.test.ts.
 *
 * A variant is a regular-expression source matched case-insensitively, without regard to accents
 * ("pulsé" and "pulse" are the same word to a reader), and only as whole words: a variant never
 * matches inside a longer word, so "fecha de fin" does not match "fecha de finalización".
 */
import type { LocaleTag } from './locales.ts';

export interface TermRule {
  /** The term to use, as GLOSSARY.md writes it. */
  readonly preferred: string;
  /** Regular-expression sources of the words that must not appear instead. */
  readonly forbidden: readonly string[];
  /** Why, or what the term is for. */
  readonly note: string;
}

const ptBR: readonly TermRule[] = [
  {
    preferred: 'você',
    forbidden: ['tu', 'teu', 'teus', 'tua', 'tuas', 'contigo'],
    note: 'register: pt-BR addresses the reader as "você"',
  },
  { preferred: 'benefício', forbidden: ['vantage(?:m|ns)'], note: 'benefit' },
  { preferred: 'oferta de associação', forbidden: ['oferta de (?:assinatura|filiação|adesão)'], note: 'membership offer' },
  {
    preferred: 'competência de nuvem',
    forbidden: ['competências? (?:em|na) nuvem', 'competências? cloud'],
    note: 'cloud competency',
  },
  { preferred: 'produto de nuvem', forbidden: ['produtos? (?:em|na) nuvem'], note: 'cloud product' },
  {
    preferred: 'pacote Signature de 10 / de 5 incidentes',
    forbidden: ['pacotes? de assinatura', 'pacotes? (?:Signature )?\\d+', '\\d+-pack', 'suporte (?:à|a) assinatura'],
    note: 'Signature is a name: never "assinatura"; the pack is "pacote Signature de N incidentes"',
  },
  { preferred: 'solicitação de suporte', forbidden: ['pedido de suporte', 'requisição de suporte'], note: 'support request' },
  {
    preferred: 'ID de acesso / ID do contrato',
    forbidden: ['identificador de acesso', 'identificador do contrato', 'ID de contrato'],
    note: 'Access ID / Contract ID',
  },
  { preferred: 'portal do Azure', forbidden: ['Azure Portal', 'portal Azure'], note: 'Azure portal' },
  { preferred: 'agente administrador', forbidden: ['agente de administração'], note: 'Admin agent' },
  {
    preferred: 'gerente técnico de contas (TAM)',
    forbidden: ['gerente de contas? técnico', 'administrador técnico de contas', 'gestor técnico de contas'],
    note: 'Technical Account Manager',
  },
  { preferred: 'solução de problemas', forbidden: ['resolução de problemas'], note: 'troubleshooting' },
  {
    preferred: 'serviços técnicos de pré-venda e implantação (TPD)',
    forbidden: ['pré-vendas? e implementação'],
    note: 'Technical Presales and Deployment services',
  },
  { preferred: 'incidente', forbidden: ['ocorrências?'], note: 'incident (support incident)' },
  { preferred: 'não incluído', forbidden: ['não incluso', 'não incluída'], note: 'not included' },
  { preferred: 'administrador global', forbidden: ['admin global'], note: 'Global admin' },
  {
    preferred: 'produto local (on-premises)',
    forbidden: ['produtos? on-premises', 'produtos? no local'],
    note: 'on-premises product: the Portuguese term, with on-premises only as a gloss',
  },
  { preferred: 'Support for Business', forbidden: ['suporte para empresas'], note: 'a portal name: stays in English' },
  // Verbs and phrases (GLOSSARY, decided after the first review).
  { preferred: 'adicionar', forbidden: ['acrescent(?:ar|e|a|em|ou|ado|ada)'], note: 'add (a contract, a plan)' },
  { preferred: 'expandir', forbidden: ['desdobr(?:ar|e|a)', 'desdobre'], note: 'expand (a menu)' },
  {
    preferred: 'selecionar',
    forbidden: ['cli(?:que|car|ca|cando|cou)', 'click', 'pression(?:e|ar|a)'],
    note: 'select / click (a button, a menu item)',
  },
  {
    preferred: 'data de término',
    forbidden: ['data de (?:fim|encerramento|finalização)', 'data final'],
    note: 'end date',
  },
  {
    preferred: 'dados fictícios',
    forbidden: ['dados (?:provisórios|temporários|de teste)', 'informações fictícias'],
    note: 'placeholder details',
  },
  { preferred: 'próximos passos', forbidden: ['próximas etapas'], note: 'next steps' },
  { preferred: 'cobre', forbidden: ['atende', 'atendem'], note: 'covers (a product)' },
  {
    preferred: 'o artigo original não diz',
    forbidden: ['o artigo original não (?:informa|indica|esclarece|especifica)', 'o guia não (?:diz|informa|indica|esclarece)'],
    note: 'the source article does not say; it is the article that is silent, not this guide',
  },
  { preferred: 'para o cliente', forbidden: ['no cliente'], note: 'for the customer (acting on its behalf)' },
];

const esES: readonly TermRule[] = [
  {
    preferred: 'usted',
    forbidden: ['tú', 'tu', 'tus', 'contigo', 'puedes', 'tienes', 'debes', 'quieres', 'necesitas'],
    note: 'register: es-ES addresses the reader as "usted"',
  },
  { preferred: 'partner', forbidden: ['socios?'], note: 'partner' },
  {
    preferred: 'Centro de partners (Partner Center)',
    forbidden: ['(?<!\\()Partner Center(?!\\))', 'centro de socios'],
    note: 'the English name only as the gloss in parentheses',
  },
  { preferred: 'ventaja', forbidden: ['beneficios?'], note: 'benefit' },
  { preferred: 'oferta de membresía', forbidden: ['oferta de (?:suscripción|afiliación|pertenencia)'], note: 'membership offer' },
  {
    preferred: 'competencia en la nube',
    forbidden: ['competencias? (?:de|en) nube', 'competencias? de la nube', 'competencias? cloud'],
    note: 'cloud competency',
  },
  { preferred: 'producto en la nube', forbidden: ['productos? (?:de|en) nube', 'productos? de la nube'], note: 'cloud product' },
  {
    preferred: 'paquete Signature de 10 / de 5 incidentes',
    forbidden: ['paquetes? de firma', 'paquetes? (?:Signature )?\\d+', '\\d+-pack', 'soporte (?:técnico )?de firma'],
    note: 'Signature is a name: never "firma"; the pack is "paquete Signature de N incidentes"',
  },
  {
    preferred: 'identificador de acceso / identificador de contrato',
    forbidden: ['ID de acceso', 'ID del? contrato'],
    note: 'Access ID / Contract ID',
  },
  {
    preferred: 'el Azure Portal',
    // Allowed bare only as a whole UI string (a portal's name in a list), never in a sentence.
    forbidden: ['(?<!(?:el|del|al) )(?<!")Azure Portal', '(?<=")Azure Portal(?!")', 'portal de Azure'],
    note: 'Azure portal, with the article in running text',
  },
  { preferred: 'agente de administración', forbidden: ['agente administrador'], note: 'Admin agent' },
  {
    preferred: 'administrador técnico de cuentas (TAM)',
    forbidden: ['gestor técnico de cuentas', 'gerente técnico de cuentas', 'administrador de cuentas técnico'],
    note: 'Technical Account Manager',
  },
  { preferred: 'solución de problemas', forbidden: ['resolución de problemas'], note: 'troubleshooting' },
  {
    preferred: 'Ayuda y soporte técnico',
    forbidden: ['Ayuda \\+ soporte(?: técnico)?'],
    note: "the Azure portal's Help + Support menu, as the Spanish portal names it",
  },
  { preferred: 'incidente', forbidden: ['incidencias?'], note: 'incident (support incident)' },
  { preferred: 'administrador global', forbidden: ['admin global'], note: 'Global admin' },
  {
    preferred: 'producto local (on-premises)',
    forbidden: ['productos? on-premises'],
    note: 'on-premises product: the Spanish term, with on-premises only as a gloss',
  },
  { preferred: 'contrato de soporte', forbidden: ['contrato de asistencia'], note: 'support contract' },
  {
    preferred: 'Support for Business',
    forbidden: ['soporte (?:técnico )?para empresas'],
    note: 'a portal name: stays in English',
  },
  // Verbs and phrases (GLOSSARY, decided after the first review).
  {
    preferred: 'añadir',
    forbidden: ['agreg(?:ar|a|as|an|ue|uen|ó|ado|ada|ados|adas|ando|arlo|arla|uelo|uela)'],
    note: 'add (a contract, a plan): never "agregar"',
  },
  {
    preferred: 'desplegar',
    forbidden: ['expand(?:ir|a|e|an|en|ido|ida|iendo|irlo|irla|alo|ala)'],
    note: 'expand (a menu): never "expandir"',
  },
  {
    preferred: 'seleccionar',
    forbidden: [
      'puls(?:ar|e|a|en|an|ando|ado|ó)',
      '(?:haga|hacer|hace|haciendo|hagan|hizo) clic',
      'clic',
      'click',
      'presion(?:e|ar|a)',
    ],
    note: 'select / click (a button, a menu item): never "pulsar" or "hacer clic"',
  },
  { preferred: 'fecha de finalización', forbidden: ['fecha de (?:fin|término|vencimiento)', 'fecha final'], note: 'end date' },
  { preferred: 'datos de prueba', forbidden: ['datos (?:ficticios|provisionales|temporales)'], note: 'placeholder details' },
  { preferred: 'próximos pasos', forbidden: ['siguientes pasos'], note: 'next steps' },
  { preferred: 'cubre', forbidden: ['abarca', 'abarcan'], note: 'covers (a product)' },
  {
    preferred: 'el artículo original no indica',
    forbidden: ['el artículo original no (?:dice|especifica|aclara|menciona)', 'la guía no (?:dice|indica|especifica|aclara)'],
    note: 'the source article does not say; it is the article that is silent, not this guide',
  },
  { preferred: 'para el cliente', forbidden: ['en el cliente'], note: 'for the customer (acting on its behalf)' },
];

/**
 * The rules per language GLOSSARY.md covers. A locale without an entry (English, or a new language
 * whose glossary is not written yet) has no term rules: its words are not checked.
 */
export const terms: Readonly<Partial<Record<LocaleTag, readonly TermRule[]>>> = { 'pt-BR': ptBR, 'es-ES': esES };

export interface TermViolation {
  /** 1-based line number in the text checked. */
  readonly line: number;
  /** 1-based column of the first character found. */
  readonly column: number;
  /** The words as written. */
  readonly found: string;
  readonly rule: TermRule;
}

/** Lowercase, accents removed, one code unit per original character so offsets stay aligned. */
function fold(text: string): string {
  return [...text]
    .map((char) => {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      return base.length === char.length ? base : char;
    })
    .join('')
    .toLowerCase();
}

/**
 * Blanks what a reader does not read as the locale's prose: English marked `lang="en"` (quoted
 * portal text, original names), component and HTML tags with their props and ids, `{#anchors}`,
 * link targets, inline code, frontmatter keys other than title and description, and JSON keys.
 * Blanking with spaces keeps line numbers and word boundaries.
 */
export function proseOf(text: string, kind: 'mdx' | 'json'): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  let prose = text.replace(/<([A-Za-z][\w.]*)\b[^>]*\blang=\\?"en\\?"[^>]*>[\s\S]*?<\/\1>/g, blank);
  prose = prose.replace(/<\/?[A-Za-z][^>]*>/g, blank);
  if (kind === 'json') return prose.replace(/^\s*"(?:[^"\\]|\\.)*"\s*:/gm, blank);
  prose = prose
    .replace(/\{#[\w-]+\}/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/`[^`\n]*`/g, blank);
  prose = prose.replace(/^---\n[\s\S]*?\n---/, (frontmatter) =>
    frontmatter
      .split('\n')
      .map((line) => (/^(?:title|description):/.test(line) ? line.replace(/^(?:title|description):/, blank) : blank(line)))
      .join('\n'),
  );
  return prose;
}

function compile(source: string): RegExp {
  // Whole words only, with letters beyond ASCII counted as letters (JavaScript's \b is ASCII-only).
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${fold(source)})(?![\\p{L}\\p{N}_])`, 'gu');
}

const compiled = new Map<string, RegExp>();

/** The forbidden variants in one text of one locale; none for a locale without term rules. */
export function termViolations(text: string, tag: LocaleTag, kind: 'mdx' | 'json'): TermViolation[] {
  const lines = fold(proseOf(text, kind)).split('\n');
  const original = text.split('\n');
  const violations: TermViolation[] = [];
  for (const rule of terms[tag] ?? []) {
    for (const source of rule.forbidden) {
      let pattern = compiled.get(source);
      if (!pattern) compiled.set(source, (pattern = compile(source)));
      lines.forEach((line, index) => {
        for (const match of line.matchAll(pattern)) {
          violations.push({
            line: index + 1,
            column: match.index + 1,
            found: original[index]!.slice(match.index, match.index + match[0].length),
            rule,
          });
        }
      });
    }
  }
  return violations.sort((a, b) => a.line - b.line || a.column - b.column);
}
