// The app's upkeep timer (library/libraryMaintenance.ts), with stand-in services: when it runs, that a failed
// round is reported and the next one still runs, that stop() ends it, and that a read-only library is left alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maintainLibrary, maintenanceTiming, startMaintenance } from '../../library/libraryMaintenance';
import type { Library } from '../../library/openLibrary';

function standIn({ readonly = false, failFirst = false } = {}) {
  const calls: string[] = [];
  let thins = 0;
  const library = {
    db: { readonly },
    trash: { purgeExpired: () => calls.push('purge') },
    revisions: {
      thinAll: () => {
        calls.push('thin');
        if (failFirst && thins++ === 0) throw new Error('database is locked');
      },
    },
  } as unknown as Pick<Library, 'db' | 'trash' | 'revisions'>;
  return { library, calls };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => vi.useRealTimers());

describe('startMaintenance', () => {
  it('purges and thins once soon after start, then every hour, until stopped', () => {
    const { library, calls } = standIn();
    const stop = startMaintenance(library, (error) => {
      throw error;
    });
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(maintenanceTiming.firstAfterMs);
    expect(calls).toEqual(['purge', 'thin']);
    vi.advanceTimersByTime(maintenanceTiming.everyMs - maintenanceTiming.firstAfterMs);
    expect(calls).toEqual(['purge', 'thin', 'purge', 'thin']);
    stop();
    vi.advanceTimersByTime(5 * maintenanceTiming.everyMs);
    expect(calls).toHaveLength(4);
  });

  it('reports a failed round and runs the next one', () => {
    const { library, calls } = standIn({ failFirst: true });
    const problems: unknown[] = [];
    const stop = startMaintenance(library, (error) => problems.push(error));
    vi.advanceTimersByTime(maintenanceTiming.everyMs);
    expect(problems).toEqual([new Error('database is locked')]);
    expect(calls).toEqual(['purge', 'thin', 'purge', 'thin']);
    stop();
  });

  it('leaves a library opened read-only as it is', () => {
    const { library, calls } = standIn({ readonly: true });
    maintainLibrary(library);
    expect(calls).toEqual([]);
  });
});
