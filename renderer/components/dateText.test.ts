import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../app/formatTimestamp';
import { dateTextToIso, isoToDateText } from './dateText';

describe('date text', () => {
  it('shows a stored date day first', () => {
    expect(isoToDateText('2024-06-22')).toBe('22/06/2024');
    expect(isoToDateText('')).toBe('');
  });
  it('reads day-first dates with any usual separator, and ISO dates', () => {
    expect(dateTextToIso('22/06/2024')).toBe('2024-06-22');
    expect(dateTextToIso(' 2/6/2024 ')).toBe('2024-06-02');
    expect(dateTextToIso('22.06.2024')).toBe('2024-06-22');
    expect(dateTextToIso('2024-06-22')).toBe('2024-06-22');
    expect(dateTextToIso('')).toBe('');
  });
  it('refuses what is not a date', () => {
    expect(dateTextToIso('31/02/2024')).toBeUndefined();
    expect(dateTextToIso('06/22/2024')).toBeUndefined();
    expect(dateTextToIso('hôm qua')).toBeUndefined();
    expect(dateTextToIso('22/06/24')).toBeUndefined();
  });
  it('writes timestamps as 30/11/2026 07:55 in Vietnamese', () => {
    const local = new Date(2026, 10, 30, 7, 55).toISOString();
    expect(formatTimestamp(local, 'vi')).toBe('30/11/2026 07:55');
    expect(formatTimestamp(local, 'en')).toBe('30 Nov 2026, 07:55');
  });
});
