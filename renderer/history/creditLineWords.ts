// The credit line is compared as `role: names` with the role's code; shown, the code reads as the article's
// own words for it (`Tin và ảnh`), as the credit line is printed.
import { creditRoleLabels, creditRoles, type CreditRole } from '../../common/article/creditLine';
import type { Language } from '../../common/i18n/languages';
import type { DiffPart } from '../../contract/schemas/revision';

const roleCode = new RegExp(`^(${[...creditRoles].sort((a, b) => b.length - a.length).join('|')})(?=:|$)`, 'u');

/** The parts before the colon (the role, changed or not) with the role's code put in words. */
export function creditLineInWords(parts: readonly DiffPart[], language: Language): DiffPart[] {
  let pastRole = false;
  return parts.map((part) => {
    if (pastRole) return part;
    if (part.text.includes(':')) pastRole = true;
    return { ...part, text: part.text.replace(roleCode, (code) => creditRoleLabels[language][code as CreditRole]) };
  });
}
