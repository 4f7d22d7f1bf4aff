// The photo import's small pool: order kept, never more than its width at once, a failure waits for the
// running tasks and starts no more.
import { describe, expect, it } from 'vitest';
import { inParallel } from '../../photos/inParallel';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('inParallel', () => {
  it('gives the results in the items’ order, running at most `width` tasks at a time', async () => {
    let running = 0;
    let most = 0;
    const results = await inParallel([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      for (let i = 0; i < n; i++) await tick();
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('works through everything with a width of one, one after another', async () => {
    const order: number[] = [];
    await inParallel([1, 2, 3], 1, async (n) => {
      order.push(n);
      await tick();
      order.push(-n);
    });
    expect(order).toEqual([1, -1, 2, -2, 3, -3]);
  });

  it('on a failure lets the running task finish, starts no more, then throws', async () => {
    const finished: number[] = [];
    const started: number[] = [];
    const run = inParallel([1, 2, 3, 4], 2, async (n) => {
      started.push(n);
      if (n === 1) throw new Error('bug');
      for (let i = 0; i < 3; i++) await tick();
      finished.push(n);
    });
    await expect(run).rejects.toThrow('bug');
    expect(finished).toEqual([2]);
    expect(started).toEqual([1, 2]);
  });

  it('returns nothing for nothing', async () => {
    expect(await inParallel([], 2, async () => 1)).toEqual([]);
  });
});
