/**
 * On `/`: send the browser to the locale its preferred languages ask for. The links on the page
 * stay the way in when nothing matches or JavaScript is off.
 */
import { pickLocale } from '../i18n/locales.ts';

const chosen = pickLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
const link = chosen && document.querySelector<HTMLAnchorElement>(`[data-locale-link="${chosen.path}"]`);
if (link) location.replace(link.href);
