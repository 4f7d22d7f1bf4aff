// Makes every t('…') key checked against the English catalog at compile time, in every face of the app.
import 'i18next';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
