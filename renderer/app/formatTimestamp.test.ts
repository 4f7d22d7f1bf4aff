import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './formatTimestamp';

describe('formatTimestamp', () => {
  it('writes Vietnamese times day first, with numbers and a 24-hour clock, in local time', () => {
    const at = new Date(2026, 10, 30, 7, 5).toISOString();
    expect(formatTimestamp(at, 'vi')).toBe('30/11/2026 07:05');
    expect(formatTimestamp(new Date(2024, 5, 2, 0, 0).toISOString(), 'vi')).toBe('02/06/2024 00:00');
    expect(formatTimestamp(new Date(2024, 5, 2, 23, 59).toISOString(), 'vi')).toBe('02/06/2024 23:59');
  });

  it('writes English times with the month as a word', () => {
    expect(formatTimestamp(new Date(2026, 10, 30, 7, 55).toISOString(), 'en')).toBe('30 Nov 2026, 07:55');
  });
});
