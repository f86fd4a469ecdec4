/**
 * The partner program's support rules as plain data: offers, competencies, benefits, entitlements,
 * roles, portals, portal labels, paid plans (the portals' messages are in portal-messages.ts). Every
 * rule names the FACTS.md facts and section it comes from. No words for readers live here (they are
 * in `locales/` and `content/`, keyed by these ids); only what the portals themselves show in
 * English, quoted verbatim.
 *
 * This module imports nothing, so it runs unchanged at build time and in the browser.
 */

/** Section keys of FACTS.md (S1–S9): guide page slugs and the provenance of every rule. */
export const sectionKeys = [
  'overview',
  'activate',
  'entitlements',
  'product-support',
  'remaining-incidents',
  'cloud-support',
  'access-id-error',
  'paid-plans',
  'next-steps',
] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** A fact number of FACTS.md, such as `F3.3`. */
export type FactId = `F${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}.${number}`;

/**
 * Where a rule comes from, for every citation the site makes (entitlement cell, calculator step,
 * silence, tree outcome, portal, plan, message): the FACTS.md facts it encodes and the guide section
 * that explains it, `guide/<section>/#<anchor>`, the target of its "why" link.
 */
export interface Source {
  readonly section: SectionKey;
  readonly anchor: string;
  readonly facts: readonly FactId[];
}

/** `entitlements#entitlement-table`: one key per cited guide section. */
export function sourceKey(source: Source): string {
  return `${source.section}#${source.anchor}`;
}

/** The date the source article's facts are from (F10.1). */
export const factsDate = '2021-03-04';

/** The source article, by its English title (F10.1); its address is in `externalLinks`. */
export const sourceArticleTitle = 'Technical Support for On-premises or Cloud products';

// ---------------------------------------------------------------------------------------------
// Offers and competencies (F2.4, F3.3, F3.4)

export const offerKinds = ['action-pack', 'silver', 'gold'] as const;
export type OfferKind = (typeof offerKinds)[number];

/** Offers that come with a competency (Silver, Gold); Action Pack has none. */
export const competencyOfferKinds = ['silver', 'gold'] as const satisfies readonly OfferKind[];
export type CompetencyOfferKind = (typeof competencyOfferKinds)[number];

/** The six cloud competencies, exactly as F3.4 lists them. Names are English proper nouns. */
export const cloudCompetencies = [
  'security',
  'cloud-business-applications',
  'cloud-platform',
  'cloud-productivity',
  'enterprise-mobility-management',
  'small-midmarket-cloud-solutions',
] as const;
export type CloudCompetencyId = (typeof cloudCompetencies)[number];

/** A competency a partner can state: one of the six cloud ones, or any other ("hybrid"). */
export const competencies = [...cloudCompetencies, 'other'] as const;
export type CompetencyId = (typeof competencies)[number];

/** The two kinds the entitlement table distinguishes (F3.3). */
export const competencyKinds = ['cloud', 'other'] as const;
export type CompetencyKind = (typeof competencyKinds)[number];

/** English names of the competencies as the program writes them (F3.4); `other` has none. */
export const competencyNames: Readonly<Record<CloudCompetencyId, string>> = {
  security: 'Security',
  'cloud-business-applications': 'Cloud Business Applications',
  'cloud-platform': 'Cloud Platform',
  'cloud-productivity': 'Cloud Productivity',
  'enterprise-mobility-management': 'Enterprise Mobility Management',
  'small-midmarket-cloud-solutions': 'Small and Midmarket Cloud Solutions',
};

// ---------------------------------------------------------------------------------------------
// Benefits and entitlements (F3.3)

export const benefitIds = ['product-support', 'signature-cloud-support'] as const;
export type BenefitId = (typeof benefitIds)[number];

/** English names of the benefits. S2 calls the second one "Signature Product Support". */
export const benefitNames: Readonly<Record<BenefitId, string>> = {
  'product-support': 'Microsoft Product Support',
  'signature-cloud-support': 'Signature Cloud Support',
};

/** The kind of product a benefit covers (F3.3, F4.1, F6.1). */
export const benefitScope: Readonly<Record<BenefitId, ProductKind>> = {
  'product-support': 'recent-on-premises',
  'signature-cloud-support': 'cloud',
};

/** What an offer gives for a benefit: a number of incidents, unlimited, or nothing. */
export type Entitlement =
  { readonly kind: 'incidents'; readonly count: number } | { readonly kind: 'unlimited' } | { readonly kind: 'none' };

/** One cell of the entitlement table. `competencyKind: 'any'` is a cell that does not depend on it. */
export interface EntitlementRule {
  readonly id: string;
  readonly offer: OfferKind;
  readonly benefit: BenefitId;
  readonly competencyKind: CompetencyKind | 'any';
  readonly entitlement: Entitlement;
  readonly source: Source;
}

const incidents = (count: number): Entitlement => ({ kind: 'incidents', count });
const unlimited: Entitlement = { kind: 'unlimited' };
const notIncluded: Entitlement = { kind: 'none' };
const table: Source = { section: 'entitlements', anchor: 'entitlement-table', facts: ['F3.3'] };

export const entitlementRules: readonly EntitlementRule[] = [
  {
    id: 'action-pack.product-support',
    offer: 'action-pack',
    benefit: 'product-support',
    competencyKind: 'any',
    entitlement: incidents(10),
    source: table,
  },
  {
    id: 'silver.product-support',
    offer: 'silver',
    benefit: 'product-support',
    competencyKind: 'any',
    entitlement: incidents(15),
    source: table,
  },
  {
    id: 'gold.product-support',
    offer: 'gold',
    benefit: 'product-support',
    competencyKind: 'any',
    entitlement: incidents(20),
    source: table,
  },
  {
    id: 'action-pack.signature-cloud-support',
    offer: 'action-pack',
    benefit: 'signature-cloud-support',
    competencyKind: 'any',
    entitlement: notIncluded,
    source: { section: 'access-id-error', anchor: 'action-pack', facts: ['F3.3', 'F7.2'] },
  },
  {
    id: 'silver.cloud.signature-cloud-support',
    offer: 'silver',
    benefit: 'signature-cloud-support',
    competencyKind: 'cloud',
    entitlement: unlimited,
    source: { section: 'entitlements', anchor: 'entitlement-table', facts: ['F3.3', 'F3.4'] },
  },
  {
    id: 'silver.other.signature-cloud-support',
    offer: 'silver',
    benefit: 'signature-cloud-support',
    competencyKind: 'other',
    entitlement: incidents(5),
    source: { section: 'entitlements', anchor: 'entitlement-table', facts: ['F3.3', 'F3.4'] },
  },
  {
    id: 'gold.cloud.signature-cloud-support',
    offer: 'gold',
    benefit: 'signature-cloud-support',
    competencyKind: 'cloud',
    entitlement: unlimited,
    source: { section: 'entitlements', anchor: 'entitlement-table', facts: ['F3.3', 'F3.4'] },
  },
  {
    id: 'gold.other.signature-cloud-support',
    offer: 'gold',
    benefit: 'signature-cloud-support',
    competencyKind: 'other',
    entitlement: incidents(10),
    source: { section: 'entitlements', anchor: 'entitlement-table', facts: ['F3.3', 'F3.4'] },
  },
];

// ---------------------------------------------------------------------------------------------
// Who the reader is (F1.3, F2.3, F2.8, F6.5) and what the problem concerns (F3.3, F5.5)

export const roleIds = ['global-admin', 'mpn-partner-admin', 'admin-agent', 'other-role'] as const;
export type RoleId = (typeof roleIds)[number];

/** Roles that may press Activate on the Technical benefits page (F2.8). */
export const activatingRoles: readonly RoleId[] = ['global-admin', 'mpn-partner-admin'];

export const accountKinds = ['mpn', 'csp-only'] as const;
export type AccountKind = (typeof accountKinds)[number];

export const productKinds = ['recent-on-premises', 'older-on-premises', 'cloud'] as const;
export type ProductKind = (typeof productKinds)[number];

// ---------------------------------------------------------------------------------------------
// What the portals show, verbatim in English: their on-screen labels. Their messages (F2.3, F2.5,
// F7.3) are in portal-messages.ts, each with the part of the troubleshooting tree it starts.

/** Labels of screens, menus and buttons as the portals show them in English. */
export const portalLabels = {
  benefits: 'Benefits',
  'technical-benefits': 'Technical benefits',
  activate: 'Activate',
  account: 'Account',
  'sign-in-another-account': 'Sign-in with another account',
  customers: 'Customers',
  'service-management': 'Service Management',
  'new-request': 'New request',
  'help-support': 'Help + Support',
  'support-plans': 'Support Plans',
  'link-support-benefits': 'Link support benefits',
  'new-support-request': '+ New support request',
  'cloud-solution-provider-plan': 'Cloud Solution Provider',
  'purchase-more-plans': 'Do you need to purchase or add more support plans',
  'add-contract': 'Add Contract',
  'unavailable-plans': 'Would you like to see unavailable support plans?',
  'partner-support-contract': 'Partner Support',
} as const;
export type PortalLabelId = keyof typeof portalLabels;

// ---------------------------------------------------------------------------------------------
// External addresses: every link that leaves the site is listed here, https only.

export const externalLinks = {
  'partner-center-dashboard': 'https://partner.microsoft.com/dashboard',
  'technical-benefits-page': 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical',
  'tpd-services': 'https://docs.microsoft.com/partner-center/technical-benefits',
  'support-for-business': 'https://support.serviceshub.microsoft.com/supportforbusiness/create',
  'csp-customers': 'https://partner.microsoft.com/commerce/customers/list',
  'supported-products-n-1': 'https://aka.ms/n-1',
  'remaining-incidents-article':
    'https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3',
  'compare-support-plans': 'https://partner.microsoft.com/support/partnersupport',
  'premier-support': 'https://partner.microsoft.com/support/microsoft-services-premier-support',
  'advanced-support': 'https://partner.microsoft.com/support/advanced-cloud-support',
  'manage-benefits': 'https://docs.microsoft.com/partner-center/manage-your-partner-network-benefits',
  'pmc-activate': 'https://docs.microsoft.com/partner-center/partner-membership-center-tech-benefits-activate',
  // The seeds do not record the article's own address; this is the documentation set it belongs to.
  'source-documentation': 'https://docs.microsoft.com/partner-center/',
} as const;
export type ExternalLinkId = keyof typeof externalLinks;

// ---------------------------------------------------------------------------------------------
// Portals: where each kind of request is opened, and the clicks that lead there

export const portalIds = ['partner-center', 'support-for-business', 'azure-portal', 'csp-service-management'] as const;
export type PortalId = (typeof portalIds)[number];

export interface Portal {
  readonly id: PortalId;
  /** Where to start; the Azure portal's address is not in the source, so it has none. */
  readonly link?: ExternalLinkId;
  /** The clicks in order, as portal labels. */
  readonly path: readonly PortalLabelId[];
  /** Whether the portal shows how many incidents remain (F5.1). */
  readonly showsRemainingIncidents: boolean;
  readonly source: Source;
}

export const portals: Readonly<Record<PortalId, Portal>> = {
  'partner-center': {
    id: 'partner-center',
    link: 'partner-center-dashboard',
    path: ['benefits', 'technical-benefits', 'activate'],
    showsRemainingIncidents: false,
    source: { section: 'activate', anchor: 'activate-the-benefit', facts: ['F2.2', 'F2.4', 'F2.7'] },
  },
  'support-for-business': {
    id: 'support-for-business',
    link: 'support-for-business',
    path: [],
    showsRemainingIncidents: true,
    source: { section: 'product-support', anchor: 'open-a-request', facts: ['F4.4', 'F5.1'] },
  },
  'azure-portal': {
    id: 'azure-portal',
    path: ['help-support', 'support-plans', 'link-support-benefits'],
    showsRemainingIncidents: false,
    source: { section: 'access-id-error', anchor: 'link-support-benefits', facts: ['F7.1', 'F5.1'] },
  },
  'csp-service-management': {
    id: 'csp-service-management',
    link: 'csp-customers',
    path: ['customers', 'service-management', 'new-request'],
    showsRemainingIncidents: false,
    source: { section: 'cloud-support', anchor: 'admin-agents', facts: ['F6.5'] },
  },
};

/** Which benefit serves which kind of product (F3.3, F4.1, F6.1); older products: none (F5.5). */
export const benefitForProduct: Readonly<Record<ProductKind, BenefitId | null>> = {
  'recent-on-premises': 'product-support',
  'older-on-premises': null,
  cloud: 'signature-cloud-support',
};

// ---------------------------------------------------------------------------------------------
// Paid plans (F8)

export const paidPlanIds = ['premier-support', 'advanced-support'] as const;
export type PaidPlanId = (typeof paidPlanIds)[number];

export interface PaidPlan {
  readonly id: PaidPlanId;
  readonly name: string;
  readonly link: ExternalLinkId;
  /** True when the source limits the plan to cloud products (F8.3); otherwise it states no limit. */
  readonly cloudOnly: boolean;
  readonly source: Source;
}

export const paidPlans: Readonly<Record<PaidPlanId, PaidPlan>> = {
  'premier-support': {
    id: 'premier-support',
    name: 'Premier Support for Partners',
    link: 'premier-support',
    cloudOnly: false,
    source: { section: 'paid-plans', anchor: 'partner-plans', facts: ['F8.2'] },
  },
  'advanced-support': {
    id: 'advanced-support',
    name: 'Advanced Support for Partners',
    link: 'advanced-support',
    cloudOnly: true,
    source: { section: 'paid-plans', anchor: 'partner-plans', facts: ['F8.3'] },
  },
};
