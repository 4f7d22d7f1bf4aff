// The credit line closing a report: a role and the names, e.g. `Tin và ảnh: Minh Khôi` (text and photos by).
// It is printed in the article's own language, whatever language the UI is in.
import type { Language } from '../i18n/languages';

export const creditRoles = ['text', 'photos', 'textAndPhotos', 'compiledBy'] as const;
export type CreditRole = (typeof creditRoles)[number];

export interface Credit {
  role: CreditRole;
  names: string;
}

export const creditRoleLabels: Record<Language, Record<CreditRole, string>> = {
  vi: { text: 'Tin', photos: 'Ảnh', textAndPhotos: 'Tin và ảnh', compiledBy: 'Tổng hợp' },
  en: { text: 'Text', photos: 'Photos', textAndPhotos: 'Text and photos', compiledBy: 'Compiled by' },
};

export function formatCreditLine(credit: Credit, language: Language): string {
  return `${creditRoleLabels[language][credit.role]}: ${credit.names}`;
}

/** Recognises `Tin và ảnh: …`, `Tin: …`, `Ảnh: …`, `Tổng hợp: …` (and the English labels), any case. */
export function parseCreditLine(line: string): Credit | undefined {
  const text = line.normalize('NFC').trim();
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const label = text.slice(0, colon).trim().toLocaleLowerCase('vi');
  const names = text.slice(colon + 1).trim();
  if (!names || names.length > 200) return undefined;
  for (const labels of Object.values(creditRoleLabels)) {
    for (const role of creditRoles) {
      if (labels[role].toLocaleLowerCase('vi') === label) return { role, names };
    }
  }
  return undefined;
}
