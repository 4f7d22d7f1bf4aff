// When something happened, the way each language writes it: `30/11/2026 07:55` in Vietnamese (numbers, day
// first, 24-hour clock), `30 Nov 2026, 07:55` in English. The formatters are built once: a library screen
// formats a hundred rows as it opens.
import type { Language } from '../../common/i18n/languages';

const english = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const numeric = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function formatTimestamp(iso: string, language: string): string {
  const date = new Date(iso);
  if ((language as Language) !== 'vi') return english.format(date);
  const part = Object.fromEntries(numeric.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}
