/**
 * The language a reader picked, kept on this device so `/` can send them there next time. Only
 * written when the reader chooses a language; storage may be unavailable (privacy modes), which
 * simply means nothing is remembered.
 */
const key = 'preferred-locale';

export function rememberLocale(path: string): void {
  try {
    localStorage.setItem(key, path);
  } catch {
    // Storage blocked: the choice applies to this visit only.
  }
}

export function rememberedLocale(): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
