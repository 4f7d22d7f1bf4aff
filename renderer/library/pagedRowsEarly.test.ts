// The list's first page asked for at start-up (renderer/api/earlyCalls.ts), before the list existed.
import { describe, expect, it } from 'vitest';
import { askEarly, takeEarly } from '../api/earlyCalls';
import { PagedRows, type Page } from './pagedRows';

const page = (offset: number, limit: number, total = 1000): Page<string> => ({ total, rows: Array.from({ length: limit }, (_, index) => `row ${offset + index}`) });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PagedRows with an early first page', () => {
  it('shows an answer that has arrived at once, and asks only for the pages after it', async () => {
    const asked: number[] = [];
    const rows = new PagedRows<string>(async (offset, limit) => (asked.push(offset), page(offset, limit)), { pageSize: 10 }, { promise: Promise.resolve(page(0, 10)), value: page(0, 10) });
    expect(rows.rowAt(3)).toBe('row 3');
    expect(rows.total).toBe(1000);
    rows.show(0, 15);
    await tick();
    expect(asked).toEqual([10]);
  });

  it('waits for an answer still on its way instead of asking again', async () => {
    const asked: number[] = [];
    let release!: (answer: Page<string>) => void;
    const early = { promise: new Promise<Page<string>>((resolve) => (release = resolve)) };
    const rows = new PagedRows<string>(async (offset, limit) => (asked.push(offset), page(offset, limit)), { pageSize: 10 }, early);
    rows.show(0, 5);
    await tick();
    expect(asked).toEqual([]);
    expect(rows.total).toBeUndefined();
    release(page(0, 10, 42));
    await tick();
    expect(rows.rowAt(0)).toBe('row 0');
    expect(rows.total).toBe(42);
    // A refresh asks the source: the early answer served once.
    rows.refresh();
    await tick();
    expect(asked).toEqual([0]);
  });

  it('reports an early answer that failed like any failed page, and asks again when shown again', async () => {
    const asked: number[] = [];
    const rows = new PagedRows<string>(async (offset, limit) => (asked.push(offset), page(offset, limit)), { pageSize: 10 }, { promise: Promise.reject(new Error('gone')) });
    rows.show(0, 5);
    await tick();
    expect((rows.error as Error).message).toBe('gone');
    rows.show(0, 5);
    await tick();
    expect(asked).toEqual([0]);
    expect(rows.rowAt(0)).toBe('row 0');
  });
});

describe('early calls', () => {
  it('are asked for once and taken once', async () => {
    let calls = 0;
    askEarly('k', async () => ++calls);
    const answer = takeEarly<number>('k')!;
    expect(await answer.promise).toBe(1);
    expect(answer.value).toBe(1);
    expect(takeEarly('k')).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('do not leave an unhandled rejection when nobody takes a failed one', async () => {
    askEarly('failing', () => Promise.reject(new Error('no')));
    await tick();
    expect(takeEarly('failing')).toBeDefined();
  });
});
