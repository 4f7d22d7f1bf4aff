// Photos come in with the article: pictures embedded in a Word file and image files beside an imported page
// go through the photo store (same photo, same id), with their captions (label dropped) and credit lines;
// pictures on the web are never fetched and leave their figures waiting, with a note.
import fs from 'node:fs';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFigures } from '../../common/text/documentText';
import { exportArticleTo } from '../../export/exportArticleTo';
import { importArticleReported } from '../../import/importArticle';
import { importArticleFileReported } from '../../import/importArticleFile';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { seedWithPhotos } from '../export/exportFixtures';
import { describeWithTools, run, tools } from '../export/externalTools';

const tempDir = useTempDirs('newsdesk-import-photos');
let library: Library;
let dir: string;
beforeEach(() => {
  dir = tempDir();
  library = openLibrary(dir);
});
afterEach(() => {
  library.close();
});

const picture = (background: string) => sharp({ create: { width: 64, height: 48, channels: 3, background } }).jpeg().toBuffer();

/** A Word file with two pictures, each with its caption (label in front) and its credit line under it. */
async function wordFileWithTwoPhotos(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Đoạn mở đầu.')] }),
            new Paragraph({ children: [new ImageRun({ type: 'jpg', data: await picture('#3a6'), transformation: { width: 64, height: 48 } })] }),
            new Paragraph({ style: 'Caption', children: [new TextRun('Hình 1: Quang cảnh hội nghị')] }),
            new Paragraph({ children: [new TextRun('Ảnh: Đức Thanh')] }),
            new Paragraph({ children: [new TextRun('Đoạn giữa.')] }),
            new Paragraph({ children: [new ImageRun({ type: 'jpg', data: await picture('#a36'), transformation: { width: 64, height: 48 } })] }),
            new Paragraph({ children: [new TextRun({ text: 'Ảnh 2. Đại biểu phát biểu', italics: true })] }),
            new Paragraph({ children: [new TextRun('Nguồn: TTXVN')] }),
            new Paragraph({ children: [new TextRun('Đoạn cuối.')] }),
          ],
        },
      ],
    }),
  );
}

const twoFigures = [
  { caption: 'Quang cảnh hội nghị', credit: 'Ảnh: Đức Thanh', photoId: expect.any(Number) },
  { caption: 'Đại biểu phát biểu', credit: 'Nguồn: TTXVN', photoId: expect.any(Number) },
];

describe('photos from imported files', () => {
  it('a Word file: each embedded picture becomes a figure with its photo, caption (label dropped) and credit line', async () => {
    const file = await wordFileWithTwoPhotos();
    const { article, report } = await importArticleReported(library, { fileName: 'hai ảnh.docx', content: new Uint8Array(file) });
    const figures = documentFigures(article.body);
    expect(figures).toEqual(twoFigures);
    expect(figures[0]!.photoId).not.toBe(figures[1]!.photoId);
    expect(library.photos.listOfArticle(article.id).map((photo) => photo.id)).toEqual(figures.map((figure) => figure.photoId));
    expect(library.photos.get(figures[0]!.photoId!)).toMatchObject({ width: 64, height: 48, mime: 'image/jpeg', name: 'hai ảnh-1.jpg' });
    expect(library.articles.plainText(article.id)).not.toContain('Ảnh: Đức Thanh\n\nĐoạn giữa');
    expect(report.notes).toEqual([{ kind: 'converted', code: 'photosImported', params: { count: 2 } }]);
  });

  it('our own HTML, DOCX and Markdown exports import back with their photos (the display-size copies the exports carry)', async () => {
    const { article: seed } = await seedWithPhotos(library, dir);
    const photoIds = documentFigures(library.articles.get(seed.id).body).map((figure) => figure.photoId);
    expect(photoIds.every((id) => typeof id === 'number')).toBe(true);
    for (const [format, options] of [['html', {}], ['html', { embedPhotos: true }], ['docx', {}], ['md', {}]] as const) {
      const written = await exportArticleTo(library, seed.id, { format, outDir: path.join(tempDir(), format), ...options });
      const { article, report } = await importArticleFileReported(library, written.path);
      const importedIds = documentFigures(article.body).map((figure) => figure.photoId);
      expect(importedIds.every((id) => typeof id === 'number'), format).toBe(true);
      expect(new Set(importedIds).size, format).toBe(photoIds.length);
      expect(library.photos.listOfArticle(article.id).map((photo) => photo.id), format).toEqual(importedIds);
      expect(report.notes, format).toEqual([{ kind: 'converted', code: 'photosImported', params: { count: photoIds.length } }]);
    }
  });

  it('a page’s pictures on the web are never fetched: captioned ones wait for photos, with a note; files outside the page’s folder are not read', async () => {
    const page = path.join(tempDir(), 'trang.html');
    const outside = path.join(path.dirname(path.dirname(page)), 'bí mật.jpg');
    fs.writeFileSync(outside, await picture('#000'));
    fs.writeFileSync(
      page,
      `<h1>Tin có ảnh</h1><p>Đoạn.</p>
       <figure><img src="https://example.invalid/anh.jpg"><figcaption>Ảnh trên mạng</figcaption></figure>
       <figure><img src="../bí mật.jpg"><figcaption>Ảnh ngoài thư mục</figcaption></figure>
       <figure><img src="file:///etc/passwd"><figcaption>Ảnh file:</figcaption></figure>`,
    );
    const { article, report } = await importArticleFileReported(library, page);
    expect(documentFigures(article.body)).toEqual([
      { caption: 'Ảnh trên mạng', credit: '', photoId: null },
      { caption: 'Ảnh ngoài thư mục', credit: '', photoId: null },
      { caption: 'Ảnh file:', credit: '', photoId: null },
    ]);
    expect(report.notes).toEqual([
      { kind: 'guessed', code: 'localImagesUnread', params: { count: 1 } },
      { kind: 'guessed', code: 'remoteImages', params: { count: 1 } },
    ]);
    expect(library.photos.listOfArticle(article.id)).toEqual([]);
  });
});

describeWithTools('photos from a Word file LibreOffice wrote', [tools.libreoffice], () => {
  it('LibreOffice’s own .docx (its caption style, its image parts) imports with both photos, captions and credits', async () => {
    const work = tempDir();
    const source = path.join(work, 'nguon.docx');
    fs.writeFileSync(source, await wordFileWithTwoPhotos());
    const outDir = path.join(work, 'libreoffice');
    await run('soffice', [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, source], { timeout: 180_000 });
    const written = path.join(outDir, 'nguon.docx');
    expect(fs.readFileSync(written).equals(fs.readFileSync(source))).toBe(false);
    const { article, report } = await importArticleFileReported(library, written);
    expect(documentFigures(article.body)).toEqual(twoFigures);
    expect(library.articles.plainText(article.id)).toBe('Đoạn mở đầu.\n\nĐoạn giữa.\n\nĐoạn cuối.');
    expect(report.notes).toEqual([{ kind: 'converted', code: 'photosImported', params: { count: 2 } }]);
  });
});
