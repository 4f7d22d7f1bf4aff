// An old Word document set in TCVN3 and VNI fonts imports as Unicode: the run's own font, the upper-case
// TCVN3 font, and a font inherited from the document's default style; the report names the fonts.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticleReported } from '../../import/importArticle';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { encodeTcvn3, encodeVni } from './legacyVietnameseReference';

const tempDir = useTempDirs('newsdesk-import-legacy-docx');
let library: Library;
beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => {
  library.close();
});

/** What Word stores for legacy bytes: the Windows-1252 (here Latin-1) character of each byte. */
const stored = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('.docx in legacy Vietnamese fonts', () => {
  it('TCVN3 and VNI runs become Unicode; .VnTimeH is upper case; the default font counts; Unicode runs are untouched', async () => {
    const file = await Packer.toBuffer(
      new Document({
        styles: { default: { document: { run: { font: '.VnTime' } } } },
        sections: [
          {
            children: [
              new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: stored(encodeTcvn3('khối thi đua tổng kết năm')), font: '.VnTimeH' })] }),
              new Paragraph({ children: [new TextRun({ text: stored(encodeTcvn3('Hà Nội, ngày hội nghị của Khối thi đua.')) })] }),
              new Paragraph({ children: [new TextRun({ text: stored(encodeVni('Việt Nam đẩy mạnh phong trào thi đua.')), font: 'VNI-Times' })] }),
              new Paragraph({ children: [new TextRun({ text: 'Đoạn viết bằng Unicode.', font: 'Times New Roman' })] }),
            ],
          },
        ],
      }),
    );
    const { article, report } = await importArticleReported(library, { fileName: 'cũ.docx', content: new Uint8Array(file) });
    expect(article.headline).toBe('KHỐI THI ĐUA TỔNG KẾT NĂM');
    expect(library.articles.plainText(article.id)).toContain('Hà Nội, ngày hội nghị của Khối thi đua.');
    expect(library.articles.plainText(article.id)).toContain('Việt Nam đẩy mạnh phong trào thi đua.');
    expect(library.articles.plainText(article.id)).toContain('Đoạn viết bằng Unicode.');
    expect(report.notes).toEqual([
      { kind: 'converted', code: 'legacyFontRuns', params: { fonts: '.VnTimeH, .VnTime', encoding: 'TCVN3' } },
      { kind: 'converted', code: 'legacyFontRuns', params: { fonts: 'VNI-Times', encoding: 'VNI' } },
    ]);
  });
});
