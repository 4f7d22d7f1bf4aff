// Every import says what it did: the encoding it converted from, and an article of the same content already
// in the library. Legacy files import to the same article as their UTF-8 original.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../common/i18n/catalog';
import { importReportLines } from '../../common/i18n/importReportLines';
import { importArticleReported } from '../../import/importArticle';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeedText } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { encodeVni, encodeWindows1258 } from './legacyVietnameseReference';

const tempDir = useTempDirs('newsdesk-import-report');
const seed = readSeedText();

let library: Library;
beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => {
  library.close();
});

/** An article's content, without what differs between two imports. */
function content(id: number) {
  const { id: _id, uuid: _uuid, created: _created, updated: _updated, statusHistory: _history, ...rest } = library.articles.get(id);
  return rest;
}

describe('import report', () => {
  it('a UTF-8 file: nothing to report; the same content again names the article already there', async () => {
    const first = await importArticleReported(library, { fileName: 'a.txt', content: new TextEncoder().encode(seed) });
    expect(first.report).toEqual({ notes: [], duplicateOf: null });
    const second = await importArticleReported(library, { fileName: 'b.txt', content: seed });
    expect(second.article.id).not.toBe(first.article.id);
    expect(second.report).toEqual({ notes: [], duplicateOf: { id: first.article.id, headline: first.article.headline } });
    expect(importReportLines(createTranslator('vi'), second.report)).toEqual([`Thư viện đã có nội dung này: “${first.article.headline}”`]);
  });

  it('UTF-16, Windows-1258 and VNI files import to the UTF-8 article and say what they were converted from', async () => {
    const original = await importArticleReported(library, { fileName: 'seed.txt', content: seed });
    const cases: [string, Uint8Array][] = [
      ['UTF-16LE', Buffer.from(`\ufeff${seed}`, 'utf16le')],
      ['Windows-1258', encodeWindows1258(seed)],
      ['VNI', encodeVni(seed)],
    ];
    for (const [encoding, bytes] of cases) {
      const { article, report } = await importArticleReported(library, { fileName: `${encoding}.txt`, content: bytes });
      expect(content(article.id), encoding).toEqual(content(original.article.id));
      expect(report.notes).toEqual([{ kind: 'converted', code: 'convertedFrom', params: { encoding } }]);
      expect(report.duplicateOf?.id).toBe(original.article.id);
      expect(importReportLines(createTranslator('en'), report)[0]).toBe(`Converted from ${encoding}`);
    }
  });

  it('different content is no duplicate, even under the same headline', async () => {
    await importArticleReported(library, { fileName: 'a.txt', content: 'Tiêu đề\n\nĐoạn một.' });
    const other = await importArticleReported(library, { fileName: 'b.txt', content: 'Tiêu đề\n\nĐoạn hai.' });
    expect(other.report.duplicateOf).toBeNull();
  });
});
