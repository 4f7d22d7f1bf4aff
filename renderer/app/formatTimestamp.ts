// When something happened, the way each language writes it: `30/11/2026 07:55` in Vietnamese (numbers, day
// first, 24-hour clock), `30 Nov 2026, 07:55` in English. The Vietnamese form is plain numbers, written out
// directly: an Intl formatter for it costs ICU's pattern generator ~10 ms to build on the first screen. The
// English formatter is built once, when first needed.
import type { Language } from '../../common/i18n/languages';

let english: Intl.DateTimeFormat | undefined;
const two = (value: number) => String(value).padStart(2, '0');

export function formatTimestamp(iso: string, language: string): string {
  const date = new Date(iso);
  if ((language as Language) === 'vi') {
    return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
  }
  english ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return english.format(date);
}
