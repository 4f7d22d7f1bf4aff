// Retention with a made-up clock: the last day whole, hourly for a week, daily after; labelled and kept
// revisions and the newest never thinned.
import { describe, expect, it } from 'vitest';
import { revisionsToThin, type RetainedRevision } from '../../revisions/retention';

const hour = 3_600_000;
const day = 24 * hour;
const now = Date.parse('2026-11-30T12:00:00.000Z');

/** One automatic revision every `stepMs`, from `from` ago to `to` ago, oldest first, numbered from `first`. */
function every(stepMs: number, from: number, to: number, first: number): RetainedRevision[] {
  const out: RetainedRevision[] = [];
  for (let ago = from, number = first; ago >= to; ago -= stepMs, number++) out.push({ number, at: now - ago, labelled: false, kept: false });
  return out;
}

function survivors(revisions: RetainedRevision[]): RetainedRevision[] {
  const thin = new Set(revisionsToThin(revisions, now));
  return revisions.filter((revision) => !thin.has(revision.number));
}

describe('revisionsToThin', () => {
  it('keeps every revision of the last 24 hours', () => {
    const recent = every(5 * 60_000, 23 * hour, 0, 1);
    expect(revisionsToThin(recent, now)).toEqual([]);
  });

  it('keeps one revision an hour for a week, one a day after', () => {
    // Every 5 minutes for 20 days: 5,761 revisions.
    const all = every(5 * 60_000, 20 * day, 0, 1);
    const kept = survivors(all);
    const lastDay = kept.filter((r) => now - r.at < day);
    const week = kept.filter((r) => now - r.at >= day && now - r.at < 7 * day);
    const older = kept.filter((r) => now - r.at >= 7 * day);
    expect(lastDay).toHaveLength(all.filter((r) => now - r.at < day).length);
    // Six days of hours, give or take the hour the boundary cuts.
    expect(week.length).toBeGreaterThanOrEqual(6 * 24 - 1);
    expect(week.length).toBeLessThanOrEqual(6 * 24 + 1);
    expect(new Set(week.map((r) => Math.floor(r.at / hour))).size).toBe(week.length);
    expect(new Set(older.map((r) => Math.floor(r.at / day))).size).toBe(older.length);
    expect(older.length).toBeGreaterThanOrEqual(13);
    expect(older.length).toBeLessThanOrEqual(14);
    // The newest of each hour survives: the last revision before the hour turned (the hour the 24-hour line
    // cuts keeps its newest revision past the line as well as those inside it).
    for (const revision of week.filter((r) => now - r.at > day + hour)) expect(Math.floor((revision.at + 5 * 60_000) / hour)).toBeGreaterThan(Math.floor(revision.at / hour));
  });

  it('never thins a labelled revision, a kept one, or the newest', () => {
    const old = every(60_000, 30 * day, 30 * day - 10 * 60_000, 1); // eleven revisions, a minute apart, a month ago
    old[2]!.labelled = true;
    old[4]!.kept = true;
    const thinned = revisionsToThin(old, now);
    expect(thinned).not.toContain(old[2]!.number);
    expect(thinned).not.toContain(old[4]!.number);
    expect(thinned).not.toContain(old.at(-1)!.number);
    // The day's bucket keeps its newest automatic revision too (the one before the newest overall).
    expect(thinned).not.toContain(old.at(-2)!.number);
    expect(thinned).toHaveLength(old.length - 4);
  });

  it('buckets by the reporter’s local day and hour (Vietnam, UTC+7), not UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      // 16:30 and 17:30 UTC on one UTC day are 23:30 and 00:30 on two Vietnamese days: both stay.
      const acrossMidnight: RetainedRevision[] = [
        { number: 1, at: Date.parse('2026-11-10T16:30:00.000Z'), labelled: false, kept: false },
        { number: 2, at: Date.parse('2026-11-10T17:30:00.000Z'), labelled: false, kept: false },
        { number: 3, at: now, labelled: false, kept: false },
      ];
      expect(revisionsToThin(acrossMidnight, now)).toEqual([]);
      // 17:30 UTC on one day and 16:30 UTC the next are one Vietnamese day: the older goes.
      const oneLocalDay: RetainedRevision[] = [
        { number: 1, at: Date.parse('2026-11-10T17:30:00.000Z'), labelled: false, kept: false },
        { number: 2, at: Date.parse('2026-11-11T16:30:00.000Z'), labelled: false, kept: false },
        { number: 3, at: now, labelled: false, kept: false },
      ];
      expect(revisionsToThin(oneLocalDay, now)).toEqual([1]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
