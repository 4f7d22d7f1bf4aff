// Which automatic backups a backup folder keeps: the newest of each of the last 7 days that have a backup, and
// the newest of each of the last 4 weeks (Monday to Sunday) that have one; the newest backup always. Days and
// weeks are the reporter's local ones (`offsetMinutes` east of UTC). Pure: names in, names to keep out.
// Backups made before a damaged library was set aside are all kept: the ones after may be of an empty library.

export interface RetentionPolicy {
  daily: number;
  weekly: number;
}

export const defaultRetention: RetentionPolicy = { daily: 7, weekly: 4 };

export interface DatedBackup {
  name: string;
  at: Date;
}

const dayMs = 24 * 60 * 60 * 1000;

export function localDay(at: Date, offsetMinutes: number): number {
  return Math.floor((at.getTime() + offsetMinutes * 60_000) / dayMs);
}

/** Day 0 (1970-01-01) was a Thursday: shifting by 3 makes each week start on a Monday. */
export function localWeek(at: Date, offsetMinutes: number): number {
  return Math.floor((localDay(at, offsetMinutes) + 3) / 7);
}

/** `keepBefore`: every backup made before this instant is kept whatever the policy (a library was set aside then). */
export function backupsToKeep(backups: readonly DatedBackup[], offsetMinutes: number, policy: RetentionPolicy = defaultRetention, keepBefore?: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
  const keep = new Set<string>();
  if (keepBefore) for (const backup of backups) if (backup.at.getTime() < keepBefore.getTime()) keep.add(backup.name);
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  const keepNewestPer = (bucket: (at: Date) => number, count: number) => {
    const seen = new Set<number>();
    for (const backup of newestFirst) {
      const key = bucket(backup.at);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(backup.name);
    }
  };
  keepNewestPer((at) => localDay(at, offsetMinutes), policy.daily);
  keepNewestPer((at) => localWeek(at, offsetMinutes), policy.weekly);
  return keep;
}
