import { describe, expect, it } from 'vitest';
import { rowWindow } from './virtualWindow';

const base = { rowHeight: 60, viewportHeight: 600, overscan: 5 };

describe('rowWindow', () => {
  it('renders the first screenful plus the overscan below at the top', () => {
    expect(rowWindow({ ...base, scrollTop: 0, total: 100_000 })).toEqual({ start: 0, end: 15 });
  });

  it('renders the rows around the middle of a large list, not the rows before them', () => {
    // Row 50,000 at the top of the viewport: 10 visible rows, 5 overscan each side.
    expect(rowWindow({ ...base, scrollTop: 50_000 * 60, total: 100_000 })).toEqual({ start: 49_995, end: 50_015 });
  });

  it('counts a partly visible row at the bottom edge', () => {
    // Scrolled half a row: rows 0 (half) to 10 (half) are visible, 11 rows in all.
    expect(rowWindow({ ...base, overscan: 0, scrollTop: 30, total: 1000 })).toEqual({ start: 0, end: 11 });
  });

  it('stops at the last row when scrolled to the end', () => {
    expect(rowWindow({ ...base, scrollTop: 990 * 60, total: 1000 })).toEqual({ start: 985, end: 1000 });
  });

  it('clamps a scroll position past the end (the list shrank under the viewport)', () => {
    expect(rowWindow({ ...base, scrollTop: 10_000 * 60, total: 20 })).toEqual({ start: 14, end: 20 });
  });

  it('renders every row of a list shorter than the viewport', () => {
    expect(rowWindow({ ...base, scrollTop: 0, total: 3 })).toEqual({ start: 0, end: 3 });
  });

  it('renders nothing for an empty list', () => {
    expect(rowWindow({ ...base, scrollTop: 0, total: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('still renders a row before the viewport has been measured', () => {
    expect(rowWindow({ ...base, viewportHeight: 0, overscan: 0, scrollTop: 0, total: 50 })).toEqual({ start: 0, end: 1 });
  });

  it('ignores a negative scrollTop (elastic overscroll)', () => {
    expect(rowWindow({ ...base, scrollTop: -40, total: 100 })).toEqual({ start: 0, end: 15 });
  });
});
