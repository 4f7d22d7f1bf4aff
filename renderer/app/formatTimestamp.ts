import type { Language } from '../../common/i18n/languages';

const locales: Record<Language, string> = { en: 'en-GB', vi: 'vi-VN' };

export function formatTimestamp(iso: string, language: string): string {
  const locale = locales[language as Language] ?? locales.en;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
