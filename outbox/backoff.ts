// When a transient failure is tried again: exponential (30 s, 1 min, 2 min, … up to an hour) with jitter, so
// a newsroom's server coming back is not hit by every reporter's laptop in the same second.
export const backoffBaseMs = 30_000;
export const backoffCapMs = 60 * 60_000;

/** The wait after the `attempts`-th failed attempt: between half and all of the exponential step. */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const step = Math.min(backoffCapMs, backoffBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
