// The change size the history list shows: words added and removed since the revision before, from the word
// diff of all the article's text, so a same-length rewording and a headline-only change both show.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../library/openLibrary';
import { docOf } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-change-size');
const minute = 60_000;
let now: number;
let library: Library;

beforeEach(() => {
  now = Date.parse('2026-11-30T08:00:00.000Z');
  library = openLibrary(tempDir(), { clock: () => now });
});
afterEach(() => library.close());

function save(id: number, changes: Parameters<Library['articles']['update']>[1]): void {
  now += 15 * minute; // after a pause: a revision of its own
  library.articles.update(id, changes, { baseVersion: library.articles.get(id).version });
}

const sizes = (id: number) => library.revisions.list(id).map(({ added, removed }) => [added, removed]);

describe('change size', () => {
  it('counts words added and removed, not the difference in length', () => {
    const { id } = library.articles.create({ headline: 'Bão số 3', body: docOf(['Gió giật cấp 12 tại Quảng Ninh.']) });
    save(id, { body: docOf(['Gió giật cấp 13 tại Hải Phòng.']) }); // same length, three words changed
    save(id, { headline: 'Bão số 3 đổ bộ' }); // the headline only
    save(id, { body: docOf(['Gió giật cấp 13 tại Hải Phòng.', 'Mưa lớn.']) });
    const history = library.revisions.list(id);
    // The words count the same text as the change size: the headline-only change moves both.
    expect(history.map((r) => r.words)).toEqual([10, 10, 12, 14]);
    expect(history.map((r) => r.wordsChanged)).toEqual([10, 0, 2, 2]);
    // The first revision: everything it holds is added (headline and body).
    expect(sizes(id)).toEqual([
      [10, 0],
      [3, 3],
      [2, 0],
      [2, 0],
    ]);
  });

  it('a changed tone mark is a change; the open revision follows the current text', () => {
    const { id } = library.articles.create({ headline: 'Hòa bình', body: docOf(['Hòa giải.']) });
    save(id, { headline: 'Hoà bình' });
    expect(sizes(id).at(-1)).toEqual([1, 1]);
    now += 30_000;
    library.articles.update(id, { headline: 'Hoà bình lâu dài' }, { baseVersion: library.articles.get(id).version });
    expect(library.revisions.list(id)).toHaveLength(2);
    expect(sizes(id).at(-1)).toEqual([3, 1]);
  });

  it('words and change size count the same text: captions and credits, the sapo, the credit line', () => {
    const figure = { type: 'figure', attrs: { photoId: null, credit: 'Ảnh: Minh Anh' }, content: [{ type: 'text', text: 'Người dân sơ tán' }] };
    const { id } = library.articles.create({ headline: 'Lũ', body: docOf(['Nước lên nhanh.']) });
    save(id, { sapo: 'Ba xã bị cô lập.' });
    save(id, { body: { type: 'doc', content: [...docOf(['Nước lên nhanh.']).content!, figure] } as never });
    save(id, { credit: { role: 'textAndPhotos', names: 'Lê Văn Bình' } });
    save(id, { sapo: '' });
    const history = library.revisions.list(id);
    for (const revision of history) {
      expect(Number.isInteger(revision.words)).toBe(true);
      expect(revision.wordsChanged).toBe(revision.added - revision.removed);
    }
    // Lũ + Nước lên nhanh; + the sapo (5); + the caption (4) and its credit (3); + the credit line (4); − the sapo.
    expect(history.map((r) => r.words)).toEqual([4, 9, 16, 20, 15]);
  });

  it('counts the words from the content, not the stored column (older libraries stored the body’s there)', () => {
    const { id } = library.articles.create({ headline: 'Bão số 3', body: docOf(['Gió giật cấp 12.']) });
    save(id, { headline: 'Bão số 3 đổ bộ' });
    library.db.prepare('UPDATE article_revisions SET words = 4 WHERE article_id = ?').run(id);
    expect(library.revisions.list(id).map((r) => r.words)).toEqual([7, 9]);
  });

  it('get() reports the same size as the list', () => {
    const { id } = library.articles.create({ headline: 'Lũ', body: docOf(['Nước lên nhanh.']) });
    save(id, { body: docOf(['Nước rút chậm.']) });
    expect(library.revisions.get(id, 2)).toMatchObject({ added: 2, removed: 2 });
  });
});
