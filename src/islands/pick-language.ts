/**
 * On `/`: `<language-chooser>` sends the reader to the language they picked before on this device,
 * else to the one their browser prefers. Its links stay the way in when nothing matches or
 * JavaScript is off.
 */
import { localeByPath, pickLocale } from '../i18n/locales.ts';

/**
 * What remembered-locale.ts stored. Read here with its own two lines, not imported: a module shared
 * with the site's script would become a second script file on every page. The browser test
 * "remembered language" (test/browser/reader-aids.test.ts) fails if the two drift apart.
 */
function rememberedLocale(): string | null {
  try {
    return localStorage.getItem('preferred-locale');
  } catch {
    return null;
  }
}

class LanguageChooser extends HTMLElement {
  connectedCallback(): void {
    const chosen =
      localeByPath(rememberedLocale() ?? undefined) ??
      pickLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
    const link = chosen && this.querySelector<HTMLAnchorElement>(`[data-locale-link="${chosen.path}"]`);
    if (link) location.replace(link.href);
  }
}

for (const [name, element] of Object.entries({ 'language-chooser': LanguageChooser }))
  if (!customElements.get(name)) customElements.define(name, element);
