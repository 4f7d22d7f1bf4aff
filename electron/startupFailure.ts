// What the reader sees when the app cannot start (data folder unusable, library from a newer version,
// missing native module): one translated sentence, never a stack trace.
import { isNewsdeskError } from '../common/errors/newsdeskError';
import { translateError, type Translate } from '../common/i18n/catalog';
import { isLanguage, defaultLanguage, type Language } from '../common/i18n/languages';

export function startupFailureMessage(t: Translate, error: unknown): string {
  const message = isNewsdeskError(error)
    ? translateError(t, error.code, error.params)
    : translateError(t, 'internal', { detail: error instanceof Error ? error.message : String(error) });
  return t('startup.failed', { message });
}

/** The library (and its language setting) may be what failed, so the message follows the system's locales. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const code = locale.slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return defaultLanguage;
}
