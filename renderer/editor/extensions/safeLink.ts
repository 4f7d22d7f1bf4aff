// Links in a report may point to the web or to an e-mail address, nothing else: a `javascript:`, `file:` or
// `data:` link can never be typed, pasted or set, and links do not open on click inside the editor. The mark
// is declared with the schema (common/document/safeLinkExtension.ts); here is what the link dialog accepts.
import { SafeLink } from '../../../common/document/safeLinkExtension';
import { isSafeLinkHref } from '../../../common/security/safeLinkHref';

// The link mark is the schema's, shared with the file import.
export { SafeLink };

// The rule itself is shared with import and export, so a link the editor accepts is one an export keeps.
export { isSafeLinkHref };

/** Turns what a reporter typed (`vnexpress.net/…`, `a@b.vn`) into a link target, or undefined if not allowed. */
export function normaliseLinkInput(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return undefined;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)) return `mailto:${trimmed}`;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return isSafeLinkHref(candidate) ? candidate : undefined;
}
