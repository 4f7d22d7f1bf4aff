// Which revisions to thin away: pure, with the time passed in. Kept whole: labelled revisions, those marked
// kept (from before a large deletion or a replacing change), the newest, and everything of the last 24 hours.
// Older automatic revisions thin to the newest of each hour for a week, and to the newest of each day after.
// Hours and days are the reporter's local ones (a Vietnamese day starts at 17:00 UTC), read from the process's
// time zone.
export const retentionRules = {
  wholeMs: 24 * 3_600_000,
  hourlyMs: 7 * 24 * 3_600_000,
};

export interface RetainedRevision {
  number: number;
  at: number;
  labelled: boolean;
  kept: boolean;
}

/** The numbers of the revisions to delete; `revisions` in any order. */
export function revisionsToThin(revisions: readonly RetainedRevision[], now: number): number[] {
  const newestFirst = [...revisions].sort((a, b) => b.number - a.number);
  const seenBuckets = new Set<string>();
  const thin: number[] = [];
  newestFirst.forEach((revision, index) => {
    const age = now - revision.at;
    if (index === 0 || revision.labelled || revision.kept || age < retentionRules.wholeMs) return;
    const bucket = age < retentionRules.hourlyMs ? `h${localDay(revision.at)}-${new Date(revision.at).getHours()}` : `d${localDay(revision.at)}`;
    if (seenBuckets.has(bucket)) thin.push(revision.number);
    else seenBuckets.add(bucket);
  });
  return thin;
}

function localDay(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}
