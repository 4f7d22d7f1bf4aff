// A calendar date as a person types and reads it, day first in both languages (Vietnamese `22/06/2024`,
// British English `22/06/2024`), and as the ISO date the article stores (`2024-06-22`). An ISO date pasted
// in is understood too.
import { format, isValid } from 'date-fns';

/** `2024-06-22` → `22/06/2024`; '' stays ''. */
export function isoToDateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** `22/6/2024`, `22.06.2024`, `22-06-2024` or `2024-06-22` → `2024-06-22`; '' for no date; undefined when not a date. */
export function dateTextToIso(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const parts = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  // 31/02 would roll over into March: only a date that exists is one.
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return localDateToIso(date);
}

/** A local calendar day → `2024-06-22`. */
export function localDateToIso(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

export function isoToLocalDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}
