import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './autosaver';

type Changes = { headline: string; body: string };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Autosaver', () => {
  it('debounces edits into one save with the merged changes', async () => {
    const saves: Partial<Changes>[] = [];
    const saver = new Autosaver<Changes>(async (changes) => void saves.push(changes), 500);
    saver.update({ headline: 'Đ' });
    saver.update({ headline: 'Đả' });
    saver.update({ body: 'nghị' });
    expect(saver.state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(499);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ headline: 'Đả', body: 'nghị' }]);
    expect(saver.state).toBe('saved');
  });

  it('never runs two saves at once, and saves edits made during a save afterwards', async () => {
    const first = deferred();
    const calls: Partial<Changes>[] = [];
    let running = 0;
    let overlap = false;
    const saver = new Autosaver<Changes>(async (changes) => {
      calls.push(changes);
      running += 1;
      if (running > 1) overlap = true;
      if (calls.length === 1) await first.promise;
      running -= 1;
    }, 100);
    saver.update({ body: 'a' });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.state).toBe('saving');
    saver.update({ body: 'ab' });
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(1);
    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([{ body: 'a' }, { body: 'ab' }]);
    expect(overlap).toBe(false);
    expect(saver.state).toBe('saved');
  });

  it('keeps the changes of a failed save and sends them with the next attempt', async () => {
    let fail = true;
    const calls: Partial<Changes>[] = [];
    const saver = new Autosaver<Changes>(async (changes) => {
      calls.push(changes);
      if (fail) throw new Error('disk full');
    }, 100);
    saver.update({ headline: 'Hội nghị' });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.state).toBe('failed');
    expect((saver.error as Error).message).toBe('disk full');
    fail = false;
    saver.update({ body: 'thường trực' });
    await vi.advanceTimersByTimeAsync(100);
    expect(calls.at(-1)).toEqual({ headline: 'Hội nghị', body: 'thường trực' });
    expect(saver.state).toBe('saved');
  });

  it('retries a failed save by itself after a while, with no further edit (a full disk freed meanwhile)', async () => {
    let fail = true;
    const calls: Partial<Changes>[] = [];
    const saver = new Autosaver<Changes>(
      async (changes) => {
        calls.push(changes);
        if (fail) throw new Error('disk full');
      },
      100,
      5_000,
    );
    saver.update({ body: 'Bão số 3' });
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.state).toBe('failed');
    expect(saver.unsavedChanges()).toEqual({ body: 'Bão số 3' });
    fail = false;
    await vi.advanceTimersByTimeAsync(4_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toEqual([{ body: 'Bão số 3' }, { body: 'Bão số 3' }]);
    expect(saver.state).toBe('saved');
  });

  it('flush saves pending edits at once and waits for them', async () => {
    const calls: Partial<Changes>[] = [];
    const saver = new Autosaver<Changes>(async (changes) => void calls.push(changes), 10_000);
    saver.update({ headline: 'x' });
    await saver.flush();
    expect(calls).toEqual([{ headline: 'x' }]);
    expect(saver.state).toBe('saved');
  });

  it('tells subscribers about each state change and stops when unsubscribed', async () => {
    const saver = new Autosaver<Changes>(async () => undefined, 10);
    const seen: string[] = [];
    const unsubscribe = saver.subscribe(() => seen.push(saver.state));
    saver.update({ body: 'x' });
    await vi.advanceTimersByTimeAsync(10);
    unsubscribe();
    saver.update({ body: 'y' });
    expect(seen).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('names every change not yet known saved: the save in flight, what waits behind it, and a failed save', async () => {
    const first = deferred();
    let fail = false;
    const saver = new Autosaver<Changes>(() => (fail ? Promise.reject(new Error('disk full')) : first.promise), 500);
    expect(saver.unsavedChanges()).toBeUndefined();
    saver.update({ headline: 'Bão' });
    expect(saver.unsavedChanges()).toEqual({ headline: 'Bão' });
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.state).toBe('saving');
    saver.update({ body: 'Gió giật cấp 12' });
    expect(saver.unsavedChanges()).toEqual({ headline: 'Bão', body: 'Gió giật cấp 12' });
    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.unsavedChanges()).toEqual({ body: 'Gió giật cấp 12' });
    fail = true;
    await saver.flush();
    expect(saver.state).toBe('failed');
    expect(saver.unsavedChanges()).toEqual({ body: 'Gió giật cấp 12' });
  });

  it('held, gathers edits without saving, even on flush; resumed, saves them all at once', async () => {
    const saves: Partial<Changes>[] = [];
    const saver = new Autosaver<Changes>(async (changes) => void saves.push(changes), 500);
    saver.update({ headline: 'Hoà' });
    saver.hold();
    saver.update({ body: 'Mưa lớn' });
    await vi.advanceTimersByTimeAsync(2_000);
    await saver.flush();
    expect(saves).toEqual([]);
    expect(saver.unsavedChanges()).toEqual({ headline: 'Hoà', body: 'Mưa lớn' });
    saver.resume();
    await vi.advanceTimersByTimeAsync(500);
    expect(saves).toEqual([{ headline: 'Hoà', body: 'Mưa lớn' }]);
    expect(saver.state).toBe('saved');
  });

  it('a refused save held by its caller is not retried by the next edit', async () => {
    let calls = 0;
    const saver = new Autosaver<Changes>(async () => {
      calls++;
      saver.hold();
      throw new Error('changed elsewhere');
    }, 500);
    saver.update({ body: 'một' });
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.state).toBe('failed');
    saver.update({ body: 'một hai' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toBe(1);
    expect(saver.unsavedChanges()).toEqual({ body: 'một hai' });
  });

  it('discard drops what is pending and saves nothing more', async () => {
    const saves: Partial<Changes>[] = [];
    const saver = new Autosaver<Changes>(async (changes) => void saves.push(changes), 500);
    saver.update({ headline: 'bỏ' });
    saver.discard();
    await vi.advanceTimersByTimeAsync(1_000);
    await saver.flush();
    expect(saves).toEqual([]);
    expect(saver.unsavedChanges()).toBeUndefined();
    expect(saver.state).toBe('saved');
  });
});
