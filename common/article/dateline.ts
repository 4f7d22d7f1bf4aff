// The dateline: an optional place and a date, stored as an ISO date (yyyy-mm-dd) and shown the way each
// language writes it: `Thứ Bảy, 22/6/2024` in Vietnamese, `Saturday, 22 June 2024` in English.
import type { Language } from '../i18n/languages';

export interface Dateline {
  place: string;
  /** ISO calendar date, yyyy-mm-dd, or null when only a place is known. */
  date: string | null;
}

const formatOptions: Record<Language, [string, Intl.DateTimeFormatOptions]> = {
  vi: ['vi-VN', { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }],
  en: ['en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }],
};
// Built when a language's first date is written: building one costs ICU milliseconds the first screen waits for.
const formats: Partial<Record<Language, Intl.DateTimeFormat>> = {};

export function formatDate(isoDate: string, language: Language): string {
  formats[language] ??= new Intl.DateTimeFormat(...formatOptions[language]);
  return formats[language].format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatDateline(dateline: Dateline, language: Language): string {
  const date = dateline.date ? formatDate(dateline.date, language) : '';
  return [dateline.place, date].filter(Boolean).join(' – ');
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const weekdays = ['chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'];
const trailingDate = /^(.*?)[\s,]*(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;
const trailingWeekday = /(?:^|[\s,–-])(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)$/iu;
const maxPlaceLength = 60;

/**
 * Reads a Vietnamese dateline line such as `Thứ Bảy, 22/6/2024` or `Hà Nội, Thứ Bảy, 22/6/2024`.
 * Returns undefined for anything that is not a real calendar date or whose weekday contradicts it.
 */
export function parseVietnameseDateline(line: string): Dateline | undefined {
  const text = line.normalize('NFC').replace(/\u00a0/g, ' ').trim().replace(/\s+/g, ' ');
  const dated = trailingDate.exec(text);
  if (!dated) return undefined;
  const [, before = '', day, month, year] = dated;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return undefined;
  let place = before.replace(/[\s,–-]+$/u, '');
  const weekday = trailingWeekday.exec(place);
  if (weekday) {
    if (!weekdayMatches(weekday[1]!, iso)) return undefined;
    place = place.slice(0, weekday.index).replace(/[\s,–-]+$/u, '');
  }
  if (place.length > maxPlaceLength) return undefined;
  return { place, date: iso };
}

function weekdayMatches(weekday: string, iso: string): boolean {
  const name = weekday.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  const index = new Date(`${iso}T00:00:00Z`).getUTCDay();
  const numeric = /thứ (\d)/.exec(name)?.[1];
  if (numeric) return Number(numeric) - 1 === index;
  if (name === 'cn') return index === 0;
  return weekdays[index] === name;
}
