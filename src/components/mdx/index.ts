/** The components MDX guide pages may use without importing them. */
import SectionHeading from '../SectionHeading.astro';
import Callout from './Callout.astro';
import CloudCompetencies from './CloudCompetencies.astro';
import Entitlement from './Entitlement.astro';
import EntitlementTable from './EntitlementTable.astro';
import ExternalLink from './ExternalLink.astro';
import Label from './Label.astro';
import PortalMessage from './PortalMessage.astro';

import type { ComponentName } from './props.ts';
import type { htmlOverrides } from './html-overrides.ts';

// Exactly the components of the table the source check reads (props.ts), no more, no fewer.
const components = {
  Callout,
  CloudCompetencies,
  Entitlement,
  EntitlementTable,
  ExternalLink,
  Label,
  PortalMessage,
} satisfies Record<ComponentName, unknown>;

// Exactly the HTML elements listed in html-overrides.ts, which MDX's static optimisation leaves alone.
const overrides = {
  // Markdown `##` headings, so each section can offer its English original.
  h2: SectionHeading,
} satisfies Record<(typeof htmlOverrides)[number], unknown>;

export const mdxComponents = { ...overrides, ...components };
