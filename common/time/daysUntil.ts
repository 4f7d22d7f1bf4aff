// Whole days left until a moment, as a reader counts them ("in 3 days"): a part of a day counts as a day,
// and a moment already past is 0.
const dayMs = 24 * 60 * 60 * 1000;

export function daysUntil(isoTime: string, now: Date = new Date()): number {
  return Math.max(0, Math.ceil((Date.parse(isoTime) - now.getTime()) / dayMs));
}
