// Who made the article and its photos, the way ninjs 3.1 can say it. `by` is a natural-language statement,
// so it holds the names alone (a CMS prints its own "By"); the role goes into `infoSources`, one entry per
// name and role, since ninjs has no role beside `by`. A figure's credit (`Ảnh: TTXVN`) has no field of its
// own in ninjs 3.1 (Superdesk's `creditline` is its own extension, and the schema refuses unknown
// properties), so it is an info source with the role `creditline`.
import { parseCreditLine, type CreditRole } from '../../common/article/creditLine';

export interface InfoSource {
  name: string;
  role: string;
}

const rolesOf: Record<CreditRole, readonly string[]> = {
  text: ['writer'],
  photos: ['photographer'],
  textAndPhotos: ['writer', 'photographer'],
  compiledBy: ['compiler'],
};

/** `Minh Khôi, Đức Thanh` or `Minh Khôi và Đức Thanh` → the names, in order. */
export function splitNames(names: string): string[] {
  return names
    .split(/\s*(?:[,;&]|\s(?:và|and|-|–)\s)\s*/u)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The credit line (`Tin và ảnh: Minh Khôi`) as `by` (names) and `infoSources` (names with roles). */
export function creditLinePeople(creditLine: string): { by?: string; infoSources?: InfoSource[] } {
  const credit = parseCreditLine(creditLine);
  if (!credit) return creditLine ? { by: creditLine } : {};
  const names = splitNames(credit.names);
  return { by: credit.names, infoSources: names.flatMap((name) => rolesOf[credit.role].map((role) => ({ name, role }))) };
}

/**
 * The holder a copyright notice names: `© 2024 Báo Dân vận` → `Báo Dân vận`. Only the conventional shape
 * (a ©, (c) or "Copyright" mark, an optional year) is read; anything else names no holder.
 */
export function copyrightHolderOf(notice: string): string | undefined {
  const core = notice.replace(/[.,]?\s*(?:all rights reserved|bảo lưu mọi quyền)\.?\s*$/iu, '');
  const match = /^\s*(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.]?\s*)?(.+?)\s*\.?\s*$/iu.exec(core);
  const holder = match?.[1]?.trim();
  // A year alone names nobody.
  return holder && /\p{L}/u.test(holder) ? holder : undefined;
}
