/**
 * The components a guide page may use, and the values each checked prop accepts. The components
 * validate their props against this table when they render; the source check (src/content/page-lint.ts)
 * reads it before the build, so a misspelt component or id is named in the file and line that holds it.
 */
import { benefitIds, competencyKinds, externalLinks, offerKinds, portalLabels, portalMessages } from '../../rules/program.ts';

export const componentProps = {
  Callout: { kind: ['note', 'important', 'tip', 'silent'] },
  CloudCompetencies: {},
  Entitlement: { offer: offerKinds, benefit: benefitIds, competency: competencyKinds },
  EntitlementTable: {},
  ExternalLink: { to: Object.keys(externalLinks) as (keyof typeof externalLinks)[] },
  Label: { id: Object.keys(portalLabels) as (keyof typeof portalLabels)[] },
  PortalMessage: { id: Object.keys(portalMessages) as (keyof typeof portalMessages)[] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type ComponentName = keyof typeof componentProps;

/** Props a component cannot do without. */
export const requiredProps: Readonly<Partial<Record<ComponentName, readonly string[]>>> = {
  Callout: ['kind'],
  Entitlement: ['offer', 'benefit'],
  ExternalLink: ['to'],
  Label: ['id'],
  PortalMessage: ['id'],
};
