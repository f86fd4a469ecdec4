/**
 * On `/`: send the reader to the language they picked before on this device, else to the one their
 * browser prefers. The links on the page stay the way in when nothing matches or JavaScript is off.
 */
import { localeByPath, pickLocale } from '../i18n/locales.ts';
import { rememberedLocale } from './remembered-locale.ts';

const chosen =
  localeByPath(rememberedLocale() ?? undefined) ??
  pickLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
const link = chosen && document.querySelector<HTMLAnchorElement>(`[data-locale-link="${chosen.path}"]`);
if (link) location.replace(link.href);
