// The pool a restore writes its photos with: a few steps at a time, the first failure thrown, and every step
// already running waited for before the caller hears of it (so nothing is still writing during a clean-up).
import { describe, expect, it } from 'vitest';
import { TaskPool } from '../../backup/taskPool';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the task pool', () => {
  it('runs at most its size at once and finishes every step', async () => {
    const pool = new TaskPool(3);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    for (let i = 0; i < 10; i++) {
      await pool.add(async () => {
        running += 1;
        most = Math.max(most, running);
        await tick(2);
        running -= 1;
        done.push(i);
      });
    }
    await pool.drain();
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('throws the first failure, after the steps still running have ended', async () => {
    const pool = new TaskPool(4);
    let slowEnded = false;
    await pool.add(async () => {
      await tick(30);
      slowEnded = true;
    });
    await pool.add(async () => {
      await tick(1);
      throw new Error('ENOSPC first');
    });
    await pool.add(async () => {
      await tick(5);
      throw new Error('second');
    });
    await expect(pool.drain()).rejects.toThrow('ENOSPC first');
    expect(slowEnded).toBe(true);
    // A step added after a failure is refused, not started.
    let started = false;
    await expect(
      pool.add(async () => {
        started = true;
      }),
    ).rejects.toThrow('ENOSPC first');
    expect(started).toBe(false);
  });
});
