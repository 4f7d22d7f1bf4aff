// The pure rules of automatic backups: what a backup folder keeps, when a backup is due, when the last one is
// stale.
import { describe, expect, it } from 'vitest';
import { automaticBackupDue } from '../../backup/automaticBackup';
import { isBackupStale, type BackupState, type LibraryMarker } from '../../backup/backupState';
import { backupsToKeep, localWeek } from '../../backup/retention';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
// Hanoi is UTC+7, all year.
const hanoi = 7 * 60;

/** A backup every `everyHours` for `days`, ending at `end`, named by its index (0 = newest). */
function series(end: Date, days: number, everyHours: number) {
  const list = [];
  for (let t = end.getTime(), i = 0; t > end.getTime() - days * day; t -= everyHours * hour, i++) list.push({ name: `b${i}`, at: new Date(t) });
  return list;
}

describe('backup retention', () => {
  it('keeps the newest backup of each of the last 7 days and of each of the last 4 weeks', () => {
    // Sunday 2026-11-29 22:00 in Hanoi; two backups a day for 60 days.
    const end = new Date('2026-11-29T15:00:00Z');
    const backups = series(end, 60, 12);
    const keep = backupsToKeep(backups, hanoi);
    const kept = backups.filter((backup) => keep.has(backup.name));
    // 7 daily (the newest of each day: b0, b2 … b12) plus the newest of the 3 weeks before this one.
    expect(kept.slice(0, 7).map((backup) => backup.name)).toEqual(['b0', 'b2', 'b4', 'b6', 'b8', 'b10', 'b12']);
    expect(kept).toHaveLength(10);
    const weeks = new Set(kept.map((backup) => localWeek(backup.at, hanoi)));
    expect(weeks.size).toBe(4);
    // Each weekly one is the last of its week: a Sunday evening in Hanoi.
    for (const backup of kept.slice(7)) expect(new Date(backup.at.getTime() + hanoi * 60_000).getUTCDay()).toBe(0);
  });

  it('counts days in local time: 23:30 and 00:30 in Hanoi are two days', () => {
    const lateEvening = { name: 'late', at: new Date('2026-11-29T16:30:00Z') }; // 23:30 Sunday in Hanoi
    const pastMidnight = { name: 'early', at: new Date('2026-11-29T17:30:00Z') }; // 00:30 Monday
    expect([...backupsToKeep([lateEvening, pastMidnight], hanoi, { daily: 2, weekly: 0 })].sort()).toEqual(['early', 'late']);
    expect([...backupsToKeep([lateEvening, pastMidnight], 0, { daily: 1, weekly: 0 })]).toEqual(['early']);
  });

  it('keeps every backup made before a set-aside, whatever the policy', () => {
    const end = new Date('2026-11-29T15:00:00Z');
    const backups = series(end, 60, 12);
    const setAsideAt = new Date(end.getTime() - 50 * day);
    const keep = backupsToKeep(backups, hanoi, { daily: 7, weekly: 4 }, setAsideAt);
    const older = backups.filter((backup) => backup.at < setAsideAt);
    expect(older.length).toBeGreaterThan(10);
    for (const backup of older) expect(keep.has(backup.name)).toBe(true);
    // After the set-aside the policy applies as before.
    expect(keep.size).toBe(older.length + backupsToKeep(backups, hanoi).size);
  });

  it('always keeps the newest, and keeps everything while there are fewer than the policy asks for', () => {
    expect(backupsToKeep([], hanoi).size).toBe(0);
    const three = series(new Date('2026-11-29T03:00:00Z'), 3, 24);
    expect(backupsToKeep(three, hanoi).size).toBe(3);
    expect([...backupsToKeep(three, hanoi, { daily: 0, weekly: 0 })]).toEqual(['b0']);
  });
});

const marker: LibraryMarker = { dbBytes: 4096, dbModifiedMs: 1000, walBytes: 0, walModifiedMs: 0 };
const lastAt = '2026-11-29T02:00:00.000Z'; // 09:00 in Hanoi
const state: BackupState = { last: { at: lastAt, bytes: 10, path: '/backups/x.ndbackup', articles: 1, photos: 0, marker } };

describe('automatic backups', () => {
  it('are never due when nothing changed, daily or at quit', () => {
    expect(automaticBackupDue(state, marker, new Date('2026-12-05T02:00:00Z'), 'daily', hanoi)).toBe(false);
    expect(automaticBackupDue(state, marker, new Date('2026-12-05T02:00:00Z'), 'quit', hanoi)).toBe(false);
  });

  it('are due at quit after any change, and daily once the last one is from another day', () => {
    const changed = { ...marker, walBytes: 8192, walModifiedMs: 2000 };
    expect(automaticBackupDue(state, changed, new Date('2026-11-29T03:00:00Z'), 'quit', hanoi)).toBe(true);
    expect(automaticBackupDue(state, changed, new Date('2026-11-29T16:00:00Z'), 'daily', hanoi)).toBe(false); // 23:00, same day
    expect(automaticBackupDue(state, changed, new Date('2026-11-29T17:00:00Z'), 'daily', hanoi)).toBe(true); // 00:00, next day
    expect(automaticBackupDue({}, marker, new Date(), 'daily', hanoi)).toBe(true);
  });

  it('call a library stale with no backup, or when the last good one is over three days old', () => {
    expect(isBackupStale({}, new Date())).toBe(true);
    expect(isBackupStale(state, new Date(Date.parse(lastAt) + 3 * day - 1))).toBe(false);
    expect(isBackupStale(state, new Date(Date.parse(lastAt) + 3 * day + 1))).toBe(true);
  });
});
