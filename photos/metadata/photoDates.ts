// When a photo was taken, as ISO 8601. EXIF and IIM keep a local time with an optional separate offset; XMP
// already writes ISO. A time without an offset stays a local time: inventing a zone would be a lie.
const isoPattern = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/;

/** An ISO date or date-time (XMP), checked; anything else → null. */
export function isoTakenAt(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const match = isoPattern.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  return plausible(year!, month!, day!, hour, minute, second) ? text : null;
}

/** EXIF "2024:06:22 08:30:00" with an optional OffsetTimeOriginal "+07:00". */
export function exifTakenAt(dateTime: unknown, offset: unknown): string | null {
  if (typeof dateTime !== 'string') return null;
  const match = /^(\d{4}):(\d\d):(\d\d)[ T](\d\d):(\d\d):(\d\d)/.exec(dateTime.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  if (!plausible(year!, month!, day!, hour!, minute!, second!)) return null;
  const zone = typeof offset === 'string' && /^[+-]\d\d:\d\d$/.test(offset.trim()) ? offset.trim() : '';
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`;
}

/** IIM 2:55 "20240622" and 2:60 "083000+0700". */
export function iimTakenAt(date: string | undefined, time: string | undefined): string | null {
  const d = /^(\d{4})(\d\d)(\d\d)$/.exec(date?.trim() ?? '');
  if (!d) return null;
  const [, year, month, day] = d;
  const t = /^(\d\d)(\d\d)(\d\d)(?:([+-]\d\d)(\d\d))?$/.exec(time?.trim() ?? '');
  if (!t) return plausible(year!, month!, day!, '00', '00', '00') ? `${year}-${month}-${day}` : null;
  const [, hour, minute, second, zoneHours, zoneMinutes] = t;
  if (!plausible(year!, month!, day!, hour!, minute!, second!)) return null;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${zoneHours ? `${zoneHours}:${zoneMinutes}` : ''}`;
}

/** Cameras with an unset clock write 0000:00:00 00:00:00; months beyond 12 are noise too. */
function plausible(year: string, month: string, day: string, hour: string, minute: string, second: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1826 || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return false;
  return Number(hour) < 24 && Number(minute) < 60 && Number(second) < 61;
}
