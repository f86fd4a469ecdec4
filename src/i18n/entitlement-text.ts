/** Words for rule values, shared by MDX components, the calculator and the troubleshooting pages. */
import type { CompetencyId, Entitlement } from '../rules/program.ts';
import { competencyNames } from '../rules/program.ts';
import type { Translate } from './translator.ts';

/** "20 incidents", "Unlimited", "Not included", with the locale's plural rules. */
export function entitlementText(t: Translate<'rules'>, entitlement: Entitlement): string {
  return entitlement.kind === 'incidents'
    ? t('entitlement.incidents', { count: entitlement.count })
    : t(`entitlement.${entitlement.kind}`);
}

/** The same figure inside a sentence: "20 incidents", "unlimited incidents", "no incidents". */
export function entitlementInlineText(t: Translate<'rules'>, entitlement: Entitlement): string {
  return entitlement.kind === 'incidents'
    ? t('entitlement.incidents', { count: entitlement.count })
    : t(`entitlementInline.${entitlement.kind}`);
}

/** The value of the `<data>` element that carries an entitlement: a number, `unlimited` or `none`. */
export function entitlementValue(entitlement: Entitlement): string {
  return entitlement.kind === 'incidents' ? String(entitlement.count) : entitlement.kind;
}

/** A competency's name: the program's English name, or the localized "another competency". */
export function competencyText(t: Translate<'rules'>, competency: CompetencyId): string {
  return competency === 'other' ? t('competency.other') : competencyNames[competency];
}
