import { describe, expect, it } from 'vitest';
import { PagedRows, type Page } from './pagedRows';

/** A fake source over `total` numbered rows whose answers the test releases one by one. */
function fakeSource(total: number) {
  const calls: { offset: number; limit: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  let rows = Array.from({ length: total }, (_, index) => `row ${index}`);
  const fetchPage = (offset: number, limit: number) =>
    new Promise<Page<string>>((resolve, reject) => {
      calls.push({
        offset,
        limit,
        // The answer reflects the rows when it is released, like a server reading at that moment.
        resolve: () => resolve({ total: rows.length, rows: rows.slice(offset, offset + limit) }),
        reject,
      });
    });
  return {
    calls,
    fetchPage,
    setRows: (next: string[]) => void (rows = next),
    /** Releases the oldest unanswered call and lets its promise callbacks run. */
    async answer(index = 0) {
      calls.splice(index, 1)[0]!.resolve();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('PagedRows', () => {
  it('fetches row 50,000 of 100,000 with one call for its page, by offset', async () => {
    const source = fakeSource(100_000);
    const rows = new PagedRows(source.fetchPage, { pageSize: 100 });
    rows.show(50_000, 50_015);
    expect(source.calls.map(({ offset, limit }) => [offset, limit])).toEqual([[50_000, 100]]);
    await source.answer();
    expect(rows.rowAt(50_010)).toBe('row 50010');
    expect(rows.rowAt(49_999)).toBeUndefined();
    expect(rows.total).toBe(100_000);
  });

  it('fetches both pages a viewport straddles, the one under the first visible row first', async () => {
    const source = fakeSource(1000);
    const rows = new PagedRows(source.fetchPage, { pageSize: 100 });
    rows.show(95, 110);
    expect(source.calls.map(({ offset }) => offset)).toEqual([0, 100]);
  });

  it('never asks twice for a page that is cached or on its way', async () => {
    const source = fakeSource(1000);
    const rows = new PagedRows(source.fetchPage, { pageSize: 100 });
    rows.show(0, 20);
    rows.show(5, 25);
    expect(source.calls).toHaveLength(1);
    await source.answer();
    rows.show(10, 30);
    expect(source.calls).toHaveLength(0);
  });

  it('fetches only where a fast scroll stopped, not every page it passed', async () => {
    const source = fakeSource(100_000);
    const rows = new PagedRows(source.fetchPage, { pageSize: 100, maxInFlight: 1 });
    rows.show(0, 15);
    for (let row = 1000; row <= 60_000; row += 1000) rows.show(row, row + 15);
    expect(source.calls.map(({ offset }) => offset)).toEqual([0]);
    await source.answer();
    expect(source.calls.map(({ offset }) => offset)).toEqual([60_000]);
  });

  it('tells subscribers when a page arrives', async () => {
    const source = fakeSource(300);
    const rows = new PagedRows(source.fetchPage);
    let notified = 0;
    const unsubscribe = rows.subscribe(() => (notified += 1));
    rows.show(0, 10);
    const before = rows.version;
    await source.answer();
    expect(notified).toBe(1);
    expect(rows.version).not.toBe(before);
    unsubscribe();
    rows.show(150, 160);
    await source.answer();
    expect(notified).toBe(1);
  });

  it('keeps the shown rows on screen during a refresh and replaces them with the fresh ones', async () => {
    const source = fakeSource(300);
    const rows = new PagedRows(source.fetchPage, { pageSize: 100 });
    rows.show(0, 10);
    await source.answer();
    source.setRows(Array.from({ length: 299 }, (_, index) => `row ${index + 1}`)); // row 0 was deleted
    rows.refresh();
    expect(rows.rowAt(0)).toBe('row 0');
    expect(source.calls.map(({ offset }) => offset)).toEqual([0]);
    await source.answer();
    expect(rows.rowAt(0)).toBe('row 1');
    expect(rows.total).toBe(299);
  });

  it('drops an answer that was asked for before a refresh', async () => {
    const source = fakeSource(300);
    const rows = new PagedRows(source.fetchPage, { pageSize: 100 });
    rows.show(0, 10);
    source.setRows(['only row']);
    rows.refresh(); // a second call for page 0, while the first is still out
    expect(source.calls).toHaveLength(2);
    await source.answer(1); // the fresh answer comes first…
    expect(rows.rowAt(0)).toBe('only row');
    source.setRows(['something else']);
    await source.answer(0); // …then the old request's late answer, which must not win
    expect(rows.rowAt(0)).toBe('only row');
    expect(rows.total).toBe(1);
  });

  it('forgets the pages read longest ago, never the ones on screen', async () => {
    const source = fakeSource(10_000);
    const rows = new PagedRows(source.fetchPage, { pageSize: 100, maxPages: 3 });
    for (const page of [0, 1, 2, 3]) {
      rows.show(page * 100, page * 100 + 10);
      await source.answer();
    }
    expect(rows.rowAt(0)).toBeUndefined();
    expect(rows.rowAt(150)).toBe('row 150');
    expect(rows.rowAt(350)).toBe('row 350');
    rows.show(100, 110); // page 1 is used again, so page 2 is now the oldest
    rows.show(400, 410);
    await source.answer();
    expect(rows.rowAt(150)).toBe('row 150');
    expect(rows.rowAt(250)).toBeUndefined();
  });

  it('reports a failed page and tries again the next time it is shown', async () => {
    const source = fakeSource(300);
    const rows = new PagedRows(source.fetchPage);
    rows.show(0, 10);
    source.calls.shift()!.reject(new Error('offline'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rows.error).toEqual(new Error('offline'));
    rows.show(0, 10);
    await source.answer();
    expect(rows.error).toBeUndefined();
    expect(rows.rowAt(3)).toBe('row 3');
  });

  it('drops answers once disposed, and starts afresh when shown again', async () => {
    const source = fakeSource(300);
    const rows = new PagedRows(source.fetchPage);
    let notified = 0;
    rows.subscribe(() => (notified += 1));
    rows.show(0, 10);
    rows.dispose();
    await source.answer();
    expect(notified).toBe(0);
    expect(rows.rowAt(0)).toBeUndefined();
    rows.show(0, 10);
    expect(source.calls).toHaveLength(1);
    await source.answer();
    expect(rows.rowAt(0)).toBe('row 0');
  });
});
