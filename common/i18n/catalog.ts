// One i18next catalog for every face of Newsdesk: the renderer, the Electron menu and the CLI's errors.
import { createInstance, type TFunction } from 'i18next';
import en from './locales/en.json';
import vi from './locales/vi.json';
import type { Language } from './languages';
import type { ErrorCode, ErrorParams } from '../errors/newsdeskError';

export const resources = { en: { translation: en }, vi: { translation: vi } } as const;

export type Translate = TFunction;

/** A standalone translator for Node faces (CLI, Electron menu); resources are inline so init is synchronous. */
export function createTranslator(language: Language): Translate {
  const i18n = createInstance();
  void i18n.init({ resources, lng: language, fallbackLng: 'en', initAsync: false, showSupportNotice: false, interpolation: { escapeValue: false } });
  return i18n.t;
}

export function translateError(t: Translate, code: ErrorCode, params: ErrorParams): string {
  return t(`errors.${code}`, params);
}
