// Upkeep for a library a process keeps open for days (the app): the purge of the trash whose time is up and
// the thinning of every article's history. Not at open: each CLI command opens the library, and would pay for
// it on every run (a command that records a revision thins anyway, revisions/revisionStore.ts). The first run
// waits until the window is up, then one every hour.
import type { Library } from './openLibrary';

export const maintenanceTiming = {
  firstAfterMs: 15_000,
  everyMs: 60 * 60 * 1000,
};

type Maintained = Pick<Library, 'db' | 'trash' | 'revisions'>;

/** One round of upkeep, now; a library opened read-only is left as it is (opening it purges nothing either). */
export function maintainLibrary(library: Maintained): void {
  if (library.db.readonly) return;
  library.trash.purgeExpired();
  library.revisions.thinAll();
}

/**
 * Runs the upkeep soon after start and then hourly, without keeping the process alive; a failure is reported
 * and the next round tries again. Returns the stop (at quit, before the library closes).
 */
export function startMaintenance(library: Maintained, onProblem: (error: unknown) => void): () => void {
  const run = () => {
    try {
      maintainLibrary(library);
    } catch (error) {
      onProblem(error);
    }
  };
  const first = setTimeout(run, maintenanceTiming.firstAfterMs);
  const hourly = setInterval(run, maintenanceTiming.everyMs);
  first.unref?.();
  hourly.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
