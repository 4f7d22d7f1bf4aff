import { describe, expect, it } from 'vitest';
import { LatestOnly, type Outcome } from './latestOnly';

/** A search whose answers the test releases, recording what was asked. */
function fakeSearch() {
  const asked: string[] = [];
  const pending: { query: string; resolve: (hits: string[]) => void; reject: (error: Error) => void }[] = [];
  const delivered: [string, Outcome<string[]>][] = [];
  const search = new LatestOnly<string, string[]>(
    (query) => {
      asked.push(query);
      return new Promise((resolve, reject) => pending.push({ query, resolve, reject }));
    },
    (query, outcome) => delivered.push([query, outcome]),
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    search,
    asked,
    delivered,
    async answer() {
      const next = pending.shift()!;
      next.resolve([`hit for ${next.query}`]);
      await settle();
    },
    async fail(message: string) {
      pending.shift()!.reject(new Error(message));
      await settle();
    },
  };
}

describe('LatestOnly', () => {
  it('sends one request and delivers its answer', async () => {
    const fake = fakeSearch();
    fake.search.request('dang');
    expect(fake.asked).toEqual(['dang']);
    await fake.answer();
    expect(fake.delivered).toEqual([['dang', { ok: true, value: ['hit for dang'] }]]);
  });

  it('keeps one request in flight and only the latest keystroke waiting', async () => {
    const fake = fakeSearch();
    for (const query of ['d', 'da', 'dan', 'dang', 'dang ']) fake.search.request(query);
    expect(fake.asked).toEqual(['d']);
    await fake.answer();
    expect(fake.asked).toEqual(['d', 'dang ']);
    await fake.answer();
    expect(fake.asked).toEqual(['d', 'dang ']);
  });

  it('drops the stale answer and delivers only the latest query’s', async () => {
    const fake = fakeSearch();
    fake.search.request('d');
    fake.search.request('dang');
    await fake.answer(); // 'd' answers after 'dang' was typed: not shown
    expect(fake.delivered).toEqual([]);
    await fake.answer();
    expect(fake.delivered).toEqual([['dang', { ok: true, value: ['hit for dang'] }]]);
  });

  it('delivers nothing after cancel, not even the request already out', async () => {
    const fake = fakeSearch();
    fake.search.request('dang');
    fake.search.request('dang trung');
    fake.search.cancel();
    await fake.answer();
    expect(fake.asked).toEqual(['dang']);
    expect(fake.delivered).toEqual([]);
  });

  it('searches again after a cancel', async () => {
    const fake = fakeSearch();
    fake.search.request('dang');
    fake.search.cancel();
    fake.search.request('uong');
    await fake.answer();
    expect(fake.delivered).toEqual([]);
    await fake.answer();
    expect(fake.delivered).toEqual([['uong', { ok: true, value: ['hit for uong'] }]]);
  });

  it('delivers a failure of the latest query and keeps working', async () => {
    const fake = fakeSearch();
    fake.search.request('dang');
    await fake.fail('offline');
    expect(fake.delivered).toEqual([['dang', { ok: false, error: new Error('offline') }]]);
    fake.search.request('dang t');
    await fake.answer();
    expect(fake.delivered.at(-1)).toEqual(['dang t', { ok: true, value: ['hit for dang t'] }]);
  });
});
