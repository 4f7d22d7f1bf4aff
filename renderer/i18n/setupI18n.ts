import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../common/i18n/catalog';
import type { Language } from '../../common/i18n/languages';

export async function setupI18n(language: Language): Promise<typeof i18n> {
  await i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    showSupportNotice: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return i18n;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
