// Retention on a real library, beyond one save: a deletion spread over coalesced autosaves, a deletion outside
// the body (headline, sapo, captions), and thinning of an article nobody touches (by the app's maintenance soon
// after start and hourly, and by the first write of a CLI command; never by a plain open).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countWords } from '../../common/text/countText';
import { articleWords, comparedFields, diffFieldOrder } from '../../common/revisions/articleDiff';
import { maintenanceTiming, startMaintenance } from '../../library/libraryMaintenance';
import { openLibrary, type Library } from '../../library/openLibrary';
import { docOf } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-retention-gaps');
const minute = 60_000;
const day = 24 * 60 * minute;
let now: number;
let dir: string;
let library: Library;

beforeEach(() => {
  now = Date.parse('2026-11-30T08:00:00.000Z');
  dir = tempDir();
  library = openLibrary(dir, { clock: () => now });
});
afterEach(() => library.close());

/** `count` paragraphs of thirteen words each. */
const paragraphs = (count: number, from = 0) =>
  Array.from({ length: count }, (_, p) => `Đoạn ${from + p} kể lại cơn bão số ba đổ bộ vào Quảng Ninh.`);

function autosave(id: number, changes: Parameters<Library['articles']['update']>[1], afterMs = 30_000): void {
  now += afterMs;
  library.articles.update(id, changes, { baseVersion: library.articles.get(id).version });
}

describe('large deletions', () => {
  it('a deletion spread over several coalesced autosaves keeps the revision from before it', () => {
    const { id } = library.articles.create({ headline: 'Bão số 3', body: docOf(paragraphs(30)) });
    let body = paragraphs(30);
    autosave(id, { body: docOf([...body, 'Thêm một câu.']) });
    // Three paragraphs (39 words) an autosave: each small, together a large deletion.
    for (let save = 0; save < 5; save++) {
      body = body.slice(0, -3);
      autosave(id, { body: docOf(body) });
    }
    const history = library.revisions.list(id);
    expect(history.map((r) => r.reason)).toEqual(['created', 'autosave']);
    expect(history[0]!.kept).toBe(true);
    expect(library.revisions.get(id, 1).content.body).toEqual(docOf(paragraphs(30)));
    // Ten days later, after many more revisions, the kept one is still there.
    now += 10 * day;
    for (let burst = 0; burst < 30; burst++) autosave(id, { body: docOf([...body, `Câu ${burst}.`]) }, 11 * minute);
    library.revisions.thinAll(now);
    expect(library.revisions.list(id)[0]).toMatchObject({ revision: 1, kept: true });
  });

  it('small edits coalesced do not keep the revision before them', () => {
    const { id } = library.articles.create({ headline: 'Bão số 3', body: docOf(paragraphs(30)) });
    const body = paragraphs(30);
    autosave(id, { body: docOf([...body, 'Thêm một câu.']) });
    autosave(id, { body: docOf(body.slice(0, -1)) });
    autosave(id, { body: docOf(body.slice(0, -2)) });
    expect(library.revisions.list(id).map((r) => r.kept)).toEqual([false, false]);
  });

  it('counts all the article’s text: wiping a long sapo keeps the revision before it', () => {
    const sapo = paragraphs(6).join(' ');
    const { id } = library.articles.create({ headline: 'Bão số 3', sapo, body: docOf(paragraphs(10)) });
    autosave(id, { sapo: '' }, 15 * minute);
    const history = library.revisions.list(id);
    expect(history.map((r) => r.kept)).toEqual([true, false]);
    expect(library.revisions.get(id, 1).content.sapo).toBe(sapo);
  });
});

describe('articleWords', () => {
  it('counts every compared field, the body counted by the caller or not', () => {
    const { id } = library.articles.create({ headline: 'Bão số 3 đổ bộ', sapo: 'Gió giật cấp 12.', body: docOf(paragraphs(3)) });
    const article = library.articles.get(id);
    const fields = comparedFields(article);
    const expected = diffFieldOrder.reduce((sum, field) => sum + countWords(fields[field]), 0);
    expect(articleWords(article)).toBe(expected);
    expect(articleWords(article, article.words)).toBe(expected);
    expect(expected).toBe(5 + 4 + 39);
  });
});

describe('thinning an article nobody edits', () => {
  /** A day of editing: an autosave after each 11-minute pause, every one a revision of its own. */
  function dayOfRevisions(id: number): void {
    for (let save = 0; save < 100; save++) autosave(id, { body: docOf(paragraphs(2, save)) }, 11 * minute);
  }

  it('a plain open does not thin; the app’s maintenance does, soon after start and then hourly', () => {
    const { id } = library.articles.create({ headline: 'Bão số 3' });
    dayOfRevisions(id);
    expect(library.revisions.list(id)).toHaveLength(101);
    library.close();
    now += 30 * day;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now });
    try {
      library = openLibrary(dir, { clock: () => now });
      // Opening (every CLI command does) leaves the history as it was.
      expect(library.revisions.list(id)).toHaveLength(101);
      const stop = startMaintenance(library, (error) => {
        throw error;
      });
      vi.advanceTimersByTime(maintenanceTiming.firstAfterMs - 1);
      expect(library.revisions.list(id)).toHaveLength(101);
      vi.advanceTimersByTime(1);
      const thinned = library.revisions.list(id);
      // Over a week old: one a local day (the 18 hours of saves span at most two), the first and the newest.
      expect(thinned.length).toBeLessThanOrEqual(4);
      expect(thinned.at(-1)!.revision).toBe(101);

      // An article another process (the CLI) gave a day of revisions a month ago, while the app ran.
      const other = openLibrary(dir, { clock: () => now - 30 * day });
      const older = other.articles.create({ headline: 'Tin cũ' });
      for (let save = 0; save < 100; save++) {
        now += 11 * minute;
        other.articles.update(older.id, { body: docOf(paragraphs(2, save)) }, { baseVersion: other.articles.get(older.id).version });
      }
      other.close();
      expect(library.revisions.list(older.id)).toHaveLength(101);
      vi.advanceTimersByTime(maintenanceTiming.everyMs - maintenanceTiming.firstAfterMs - 1);
      expect(library.revisions.list(older.id)).toHaveLength(101);
      vi.advanceTimersByTime(1);
      expect(library.revisions.list(older.id).length).toBeLessThanOrEqual(4);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a command that records a revision thins every article, not only its own', () => {
    const { id } = library.articles.create({ headline: 'Bão số 3' });
    dayOfRevisions(id);
    library.close();
    now += 30 * day;
    library = openLibrary(dir, { clock: () => now });
    expect(library.revisions.list(id)).toHaveLength(101);
    // A read (`newsdesk list`, `show`, `history`) thins nothing; the first write does.
    library.articles.list();
    expect(library.revisions.list(id)).toHaveLength(101);
    library.articles.create({ headline: 'Tin mới' });
    expect(library.revisions.list(id).length).toBeLessThanOrEqual(4);
    expect(library.revisions.list(id).at(-1)!.revision).toBe(101);
  });

  it('thins on the hourly timer’s call, and leaves the last 24 hours whole', () => {
    const { id } = library.articles.create({ headline: 'Bão số 3' });
    dayOfRevisions(id);
    library.revisions.thinAll(now + 2 * day);
    const hours = new Set(library.revisions.list(id).map((r) => Math.floor(Date.parse(r.at) / (60 * minute))));
    expect(library.revisions.list(id).length).toBe(hours.size + 1);
    const fresh = library.articles.create({ headline: 'Tin mới' });
    dayOfRevisions(fresh.id);
    library.revisions.thinAll(now);
    expect(library.revisions.list(fresh.id)).toHaveLength(101);
  });
});
