// When something happened, the way each language writes it: `30/11/2026 07:55` in Vietnamese (numbers, day
// first, 24-hour clock), `30 Nov 2026, 07:55` in English.
import { format } from 'date-fns';
import type { Language } from '../../common/i18n/languages';

export function formatTimestamp(iso: string, language: string): string {
  const date = new Date(iso);
  if ((language as Language) === 'vi') return format(date, 'dd/MM/yyyy HH:mm');
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
