// A full disk during a save: SQLite refuses the write (SQLITE_FULL) and rolls its transaction back. The save is
// refused with a typed, translated line, and the library keeps the article as it was. A small
// `max_page_count` on a real library file stands in for the full disk.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { api } from '../../contract/api';
import type { Article } from '../../contract/schemas/article';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { asLibraryWriteError } from '../../store/libraryFile';
import { docOf } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-disk-full');
let library: Library;

beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => library.close());

/** Paragraphs that do not compress away: every word differs. */
function longBody(words: number) {
  const paragraphs: string[] = [];
  for (let p = 0; p < words / 100; p++) {
    paragraphs.push(Array.from({ length: 100 }, (_, w) => `chữ${p * 100 + w}đ${((p * 7919 + w * 104729) % 99991).toString(36)}`).join(' '));
  }
  return docOf(paragraphs);
}

/** The disk fills up: the library may grow by a few pages only. */
function fillDisk(): void {
  const pages = library.db.pragma('page_count', { simple: true }) as number;
  library.db.pragma(`max_page_count = ${pages + 2}`);
}

describe('a full disk during a save', () => {
  it('is libraryDiskFull, translated in both languages, and the article stays as it was', () => {
    const article = library.articles.create({ headline: 'Bão số 3', body: docOf(['Gió giật cấp 12.']) });
    fillDisk();
    let caught: unknown;
    try {
      library.articles.update(article.id, { headline: 'Bão số 3 đổ bộ', body: longBody(20_000) });
    } catch (error) {
      caught = asLibraryWriteError(error);
    }
    expect(caught).toBeInstanceOf(NewsdeskError);
    const error = caught as NewsdeskError;
    expect(error.code).toBe('libraryDiskFull');
    expect(translateError(createTranslator('en'), error.code, error.params)).toMatch(/^The disk is full: your last change could not be saved/);
    expect(translateError(createTranslator('vi'), error.code, error.params)).toMatch(/^Ổ đĩa đã đầy: thay đổi vừa rồi chưa được lưu/);
    const after = library.articles.get(article.id);
    expect(after.headline).toBe('Bão số 3');
    expect(after.version).toBe(article.version);
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('through dispatch: a typed envelope, not "internal"; once space is freed the same save goes through', async () => {
    const dispatch = createDispatch(createHandlerTable({ library }), () => undefined);
    const article = library.articles.create({ headline: 'Bão số 3' });
    fillDisk();
    const save = { id: article.id, baseVersion: article.version, headline: 'Bão số 3 đổ bộ', body: longBody(20_000) };
    const refused = await dispatch(api.updateArticle.channel, save);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('libraryDiskFull');
    expect(refused.error.message).toMatch(/^The disk is full/);
    expect(library.articles.get(article.id).headline).toBe('Bão số 3');
    library.db.pragma('max_page_count = 1073741823');
    const saved = await dispatch(api.updateArticle.channel, save);
    expect(saved.ok).toBe(true);
    expect((saved.ok && (saved.value as Article).headline) || '').toBe('Bão số 3 đổ bộ');
  });
});
