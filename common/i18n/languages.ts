export const languages = ['en', 'vi'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Picks the language for a terminal from NEWSDESK_LANG, then the POSIX locale variables (vi_VN.UTF-8 → vi). */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  for (const name of ['NEWSDESK_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.toLowerCase();
    if (!value) continue;
    const code = value.slice(0, 2);
    return isLanguage(code) ? code : defaultLanguage;
  }
  return defaultLanguage;
}
