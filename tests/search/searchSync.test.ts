// The search index follows every change to an article: saves of each searchable part (written before the next
// search, see search/libraryIndex.ts), trash, restore, empty trash and deleting for good; a rolled-back save
// leaves it as it was.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import type { DocNode } from '../../contract/schemas/document';
import { openLibrary, type Library } from '../../library/openLibrary';
import { defaultIdleMs } from '../../search/libraryIndex';
import { docOf, seedDocument, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { addFiller, create, ids, indexedIds } from './searchHelpers';

const tempDir = useTempDirs('newsdesk-search-sync');
let dir: string;
let library: Library;

beforeEach(() => {
  dir = tempDir();
  library = openLibrary(dir);
  addFiller(library);
});

afterEach(() => {
  library.close();
});

function integrityCheck(): void {
  library.db.exec("INSERT INTO search_folded (search_folded) VALUES ('integrity-check'); INSERT INTO search_exact (search_exact) VALUES ('integrity-check');");
}

const figure = (caption: string, credit: string): DocNode => ({
  type: 'figure',
  attrs: { photoId: null, credit },
  content: [{ type: 'text', text: caption }],
});

describe('the index follows saves', () => {
  it('finds each searchable part of an article: headline, sapo, body, captions, credits, tags', () => {
    const id = create(library, 'Hội nghị tổng kết', {
      sapo: 'Khánh Hòa đón khách quốc tế',
      body: { type: 'doc', content: [...docOf(['Nuôi trồng thủy sản ven biển']).content!, figure('Quang cảnh cảng Cam Ranh', 'Ảnh: Quang Vinh')] },
      credit: { role: 'text', names: 'Minh Khôi' },
      tags: ['kinh tế biển'],
    });
    for (const query of ['tong ket', 'khanh hoa', 'thuy san', 'cam ranh', 'quang vinh', 'minh khoi', 'kinh te bien']) {
      expect(ids(library, query), query).toEqual([id]);
    }
    integrityCheck();
  });

  it('forgets the old text and finds the new one after each kind of edit', () => {
    const id = create(library, 'Đường sắt tốc độ cao', { body: docOf(['Dự án qua Nghệ An']), tags: ['giao thông'] });
    expect(ids(library, 'toc do cao')).toEqual([id]);

    library.articles.update(id, { headline: 'Cao tốc Bắc - Nam' });
    expect(ids(library, 'toc do cao')).toEqual([]);
    expect(ids(library, 'cao toc bac nam')).toEqual([id]);
    expect(ids(library, 'nghe an')).toEqual([id]); // the body stayed

    library.articles.update(id, { body: docOf(['Dự án qua Quảng Bình']) });
    expect(ids(library, 'nghe an')).toEqual([]);
    expect(ids(library, 'quang binh')).toEqual([id]);

    library.articles.update(id, { tags: ['hạ tầng'] });
    expect(ids(library, 'giao thong')).toEqual([]);
    expect(ids(library, 'ha tang')).toEqual([id]);

    library.articles.update(id, { sapo: 'Vốn đầu tư công' });
    expect(ids(library, 'dau tu cong')).toEqual([id]);
    // A status change is not a text change, and keeps the article findable.
    library.articles.setStatus(id, 'filed');
    expect(ids(library, 'cao toc')).toEqual([id]);
    integrityCheck();
  });

  it('indexes NFD input as the NFC it is stored as, found by NFC and NFD queries', () => {
    const id = create(library, seedHeadline.normalize('NFD'), { body: seedDocument() });
    expect(ids(library, 'Đảng Trung ương')).toEqual([id]);
    expect(ids(library, 'Đảng Trung ương'.normalize('NFD'))).toEqual([id]);
    expect(ids(library, 'dang trung uong')).toEqual([id]);
  });

  it('leaves the index as it was when the save is rolled back', () => {
    const id = create(library, 'Giá lúa gạo tăng');
    expect(() =>
      library.db.transaction(() => {
        library.articles.update(id, { headline: 'Giá cà phê giảm' });
        expect(ids(library, 'ca phe')).toEqual([id]); // inside the transaction, the index already agrees
        throw new Error('disk full');
      })(),
    ).toThrow('disk full');
    expect(ids(library, 'ca phe')).toEqual([]);
    expect(ids(library, 'lua gao')).toEqual([id]);
    expect(library.articles.get(id).headline).toBe('Giá lúa gạo tăng');
    integrityCheck();
  });
});

describe('trash, restore, empty trash, delete for good', () => {
  it('takes a trashed article out of search and the list, and brings it back on restore', () => {
    const id = create(library, 'Sạt lở đất ở Quảng Nam', { body: docOf(['Mưa lớn kéo dài']) });
    const other = create(library, 'Lũ quét ở Quảng Nam');
    expect(ids(library, 'quang nam').sort()).toEqual([id, other].sort());

    library.articles.delete(id);
    expect(ids(library, 'quang nam')).toEqual([other]);
    expect(ids(library, 'sat lo')).toEqual([]);
    expect(indexedIds(library)).not.toContain(id);
    expect(library.articles.list().map((a) => a.id)).not.toContain(id);
    expect(() => library.articles.get(id)).toThrow(NewsdeskError);
    expect(() => library.articles.get(id)).toThrow(expect.objectContaining({ code: 'articleInTrash', params: { id } }));
    expect(() => library.articles.update(id, { headline: 'x' })).toThrow(expect.objectContaining({ code: 'articleInTrash' }));
    expect(() => library.articles.delete(id)).toThrow(expect.objectContaining({ code: 'articleInTrash' }));

    const restored = library.articles.restore(id);
    expect(restored).toMatchObject({ id, headline: 'Sạt lở đất ở Quảng Nam' });
    expect(ids(library, 'sat lo mua lon')).toEqual([id]);
    expect(library.articles.get(id).headline).toBe('Sạt lở đất ở Quảng Nam');
    // Restoring a live article changes nothing.
    expect(library.articles.restore(id)).toEqual(restored);
    integrityCheck();
  });

  it('empties the trash for good, and only the trash', () => {
    const kept = create(library, 'Xâm nhập mặn ở Bến Tre');
    const trashed = [create(library, 'Xâm nhập mặn ở Trà Vinh'), create(library, 'Xâm nhập mặn ở Sóc Trăng')];
    for (const id of trashed) library.articles.delete(id);
    expect(library.articles.emptyTrash()).toBe(2);
    expect(ids(library, 'xam nhap man')).toEqual([kept]);
    for (const id of trashed) {
      expect(() => library.articles.restore(id)).toThrow(expect.objectContaining({ code: 'articleNotFound' }));
    }
    const orphans = library.db.prepare('SELECT count(*) AS n FROM article_tags WHERE article_id NOT IN (SELECT id FROM articles)').get();
    expect(orphans).toEqual({ n: 0 });
    expect(library.articles.emptyTrash()).toBe(0);
    integrityCheck();
  });

  it('deletes one article for good, live or trashed', () => {
    const live = create(library, 'Giải chạy marathon Huế');
    const trashed = create(library, 'Giải chạy marathon Đà Nẵng');
    library.articles.delete(trashed);
    library.articles.deleteForever(live);
    library.articles.deleteForever(trashed);
    expect(ids(library, 'marathon')).toEqual([]);
    expect(indexedIds(library)).not.toContain(live);
    expect(() => library.articles.deleteForever(live)).toThrow(expect.objectContaining({ code: 'articleNotFound' }));
    integrityCheck();
  });

  it('keeps the index and the trash across closing and reopening the library', () => {
    const id = create(library, 'Tiêm chủng mở rộng');
    const gone = create(library, 'Tiêm chủng cho trẻ em');
    library.articles.delete(gone);
    library.close();
    library = openLibrary(dir);
    expect(ids(library, 'tiem chung')).toEqual([id]);
    expect(library.queries.page({ sort: 'updated', trash: true, offset: 0, limit: 10 }).rows.map((row) => row.id)).toEqual([gone]);
  });
});

describe('search rows written after the save, never missed', () => {
  const pendingIds = () => library.db.prepare<[], { article_id: number }>('SELECT article_id FROM search_pending').all().map((row) => row.article_id);

  beforeEach(() => {
    // The filler's rows, written by a first search.
    expect(ids(library, 'thoi tiet')).toHaveLength(12);
    expect(pendingIds()).toEqual([]);
  });

  it('leaves a save pending, and the next search writes it before looking', () => {
    const id = create(library, 'Hạn mặn ở Cà Mau');
    expect(pendingIds()).toEqual([id]);
    expect(indexedIds(library)).not.toContain(id);
    expect(ids(library, 'han man ca mau')).toEqual([id]);
    expect(pendingIds()).toEqual([]);
    expect(indexedIds(library)).toContain(id);
    // Many saves, one rewrite: the rows follow the last of them.
    for (const place of ['Bạc Liêu', 'Sóc Trăng', 'Kiên Giang']) library.articles.update(id, { headline: `Hạn mặn ở ${place}` });
    expect(pendingIds()).toEqual([id]);
    expect(ids(library, 'ca mau')).toEqual([]);
    expect(ids(library, 'kien giang')).toEqual([id]);
    integrityCheck();
  });

  it('writes pending rows once the library is idle', () => {
    vi.useFakeTimers();
    try {
      const id = create(library, 'Mùa nước nổi ở An Giang');
      expect(pendingIds()).toEqual([id]);
      vi.advanceTimersByTime(defaultIdleMs);
      expect(pendingIds()).toEqual([]);
      expect(indexedIds(library)).toContain(id);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes a trashed article out at once, even with its save still pending', () => {
    const id = create(library, 'Cháy rừng ở Kon Tum');
    library.articles.delete(id);
    expect(pendingIds()).toEqual([]);
    expect(ids(library, 'chay rung')).toEqual([]);
  });

  it('writes at close what is pending, and at the next open what a killed process left', () => {
    const closed = create(library, 'Lễ hội đua ghe ngo');
    library.close();
    library = openLibrary(dir);
    expect(pendingIds()).toEqual([]);
    expect(indexedIds(library)).toContain(closed);

    const killed = create(library, 'Đờn ca tài tử Nam Bộ');
    library.db.close(); // as a kill would: no close(), the rows still pending in the file
    library = openLibrary(dir);
    expect(pendingIds()).toEqual([]);
    expect(indexedIds(library)).toContain(killed);
    expect(ids(library, 'don ca tai tu')).toEqual([killed]);
  });
});
