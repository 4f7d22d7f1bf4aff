// Importing HTML, Markdown and Word files beside plain text: HTML is sanitised (DOMPurify over jsdom) before it
// is read, so no script, handler, frame, remote picture or unsafe link reaches the library; Markdown goes
// through markdown-it with raw HTML off; a .docx through mammoth, its styles mapped to the report's parts.
// And the round trips: each of our own exports of the seed, imported again, gives back the same article text.
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFigures, documentToPlainText } from '../../common/text/documentText';
import type { Article } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { exportArticleTo } from '../../export/exportArticleTo';
import { importArticle } from '../../import/importArticle';
import { importArticleFile } from '../../import/importArticleFile';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { richBody, seedSapo, seedWithPhotos } from '../export/exportFixtures';

let dir: string;
let library: Library;

beforeAll(() => {
  dir = makeTempDir('newsdesk-import-formats');
  library = openLibrary(path.join(dir, 'library'));
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

const text = (value: string, ...marks: { type: string; attrs?: Record<string, unknown> }[]): DocNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });

describe('HTML import', () => {
  const page = `<!DOCTYPE html><html><head><title>Trang tin</title><script>alert(0)</script><style>p{color:red}</style>
    <meta http-equiv="refresh" content="0;url=https://evil.example/"></head>
    <body onload="alert(1)"><nav>Trang chủ | Thời sự</nav><article>
    <h1 onclick="alert(2)">Tiêu đề <em>bài</em></h1>
    <p style="font-weight:bold">Đoạn <b>đậm</b> <i>nghiêng</i> <u>gạch</u> <a href="javascript:alert(3)">xấu</a> <a href="https://vnexpress.net/" onclick="x()">tốt</a> <a href="mailto:toasoan@baodanvan.vn">thư</a> <a href="data:text/html,x">dữ liệu</a></p>
    <img src="https://tracker.example/p.gif" onerror="alert(4)"><iframe src="https://evil.example/"></iframe>
    <h2>Phụ</h2><h4>Nhỏ</h4>
    <ul><li>Một</li><li>Hai<ul><li>Hai a</li></ul></li></ul><ol start="3"><li>Ba</li></ol>
    <blockquote><p>Trích</p></blockquote><hr>
    <figure><img src="https://cdn.example/anh.jpg" alt="ảnh"><figcaption>Chú thích<br>dòng hai</figcaption></figure>
    <svg><script>alert(5)</script></svg><object data="x.swf"></object>
    <p>Tin và ảnh: Minh Khôi</p></article><form><input value="x"><button>Gửi</button></form></body></html>`;

  it('keeps the article and nothing else: no script, handler, frame, form, remote picture or unsafe link', async () => {
    const article = await importArticle(library, { fileName: 'trang tin.html', content: page });
    expect(article.headline).toBe('Tiêu đề bài');
    expect(article.credit).toEqual({ role: 'textAndPhotos', names: 'Minh Khôi' });
    expect(article.body).toEqual({
      type: 'doc',
      content: [
        paragraph(
          text('Đoạn '),
          text('đậm', { type: 'bold' }),
          text(' '),
          text('nghiêng', { type: 'italic' }),
          text(' '),
          text('gạch', { type: 'underline' }),
          text(' xấu '),
          text('tốt', { type: 'link', attrs: { href: 'https://vnexpress.net/' } }),
          text(' '),
          text('thư', { type: 'link', attrs: { href: 'mailto:toasoan@baodanvan.vn' } }),
          text(' dữ liệu'),
        ),
        { type: 'heading', attrs: { level: 2 }, content: [text('Phụ')] },
        { type: 'heading', attrs: { level: 3 }, content: [text('Nhỏ')] },
        { type: 'bulletList', content: [item(paragraph(text('Một'))), item(paragraph(text('Hai')), { type: 'bulletList', content: [item(paragraph(text('Hai a')))] })] },
        { type: 'orderedList', attrs: { start: 3 }, content: [item(paragraph(text('Ba')))] },
        { type: 'blockquote', content: [paragraph(text('Trích'))] },
        { type: 'horizontalRule' },
        { type: 'figure', attrs: { photoId: null, credit: '' }, content: [text('Chú thích'), { type: 'hardBreak' }, text('dòng hai')] },
      ],
    });
    expect(JSON.stringify(article)).not.toMatch(/alert|evil|tracker|cdn\.example|javascript|onclick|color:red|Trang chủ|Gửi/);
  });

  it('a page without an h1 takes its title as the headline', async () => {
    const article = await importArticle(library, { fileName: 'a.htm', content: '<title>Tin  nhanh</title><p>Một đoạn.</p>' });
    expect(article).toMatchObject({ headline: 'Tin nhanh', body: { content: [paragraph(text('Một đoạn.'))] } });
  });

  it('a page with nothing of an article in it is importEmpty', async () => {
    await expect(importArticle(library, { fileName: 'rỗng.html', content: '<script>alert(1)</script><img src="https://x.example/a.gif"><nav>menu</nav>' })).rejects.toMatchObject({ code: 'importEmpty' });
  });
});

describe('Markdown import', () => {
  it('reads CommonMark: headline, headings, marks, links, lists, quotes, rules; raw HTML stays text', async () => {
    const markdown = [
      'Thứ Bảy, 22/6/2024',
      '',
      '# Tiêu đề bài',
      '',
      '**Sapo của bài.**',
      '',
      'Đoạn *nghiêng* và **đậm**, [liên kết](https://vnexpress.net/) và [xấu](javascript:alert(1)).',
      '',
      '## Mục',
      '',
      '1. Một',
      '2. Hai',
      '',
      '> Trích dẫn',
      '',
      '* * *',
      '',
      '<script>alert(1)</script>',
      '',
      'Tin: Minh Khôi',
    ].join('\n');
    const article = await importArticle(library, { fileName: 'bài.md', content: markdown });
    expect(article).toMatchObject({ headline: 'Tiêu đề bài', sapo: 'Sapo của bài.', dateline: { place: '', date: '2024-06-22' }, credit: { role: 'text', names: 'Minh Khôi' } });
    expect(article.body.content).toEqual([
      paragraph(text('Đoạn '), text('nghiêng', { type: 'italic' }), text(' và '), text('đậm', { type: 'bold' }), text(', '), text('liên kết', { type: 'link', attrs: { href: 'https://vnexpress.net/' } }), text(' và [xấu](javascript:alert(1)).')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Mục')] },
      { type: 'orderedList', attrs: { start: 1 }, content: [item(paragraph(text('Một'))), item(paragraph(text('Hai')))] },
      { type: 'blockquote', content: [paragraph(text('Trích dẫn'))] },
      { type: 'horizontalRule' },
      paragraph(text('<script>alert(1)</script>')),
    ]);
  });
});

describe('Word import', () => {
  async function wordFile(): Promise<Buffer> {
    const picture = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a6' } }).png().toBuffer();
    const document = new Document({
      numbering: { config: [{ reference: 'so', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Tiêu đề từ Word')] }),
            new Paragraph({ children: [new TextRun('Đoạn '), new TextRun({ text: 'đậm', bold: true }), new TextRun(' và '), new TextRun({ text: 'gạch', underline: {} }), new TextRun(' '), new ExternalHyperlink({ link: 'https://baodanvan.vn/', children: [new TextRun({ text: 'liên kết', style: 'Hyperlink' })] })] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Mục một')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Mục nhỏ')] }),
            new Paragraph({ numbering: { reference: 'so', level: 0 }, children: [new TextRun('Thứ nhất')] }),
            new Paragraph({ numbering: { reference: 'so', level: 0 }, children: [new TextRun('Thứ hai')] }),
            new Paragraph({ children: [new ImageRun({ type: 'png', data: picture, transformation: { width: 40, height: 30 } })] }),
            new Paragraph({ style: 'Caption', children: [new TextRun('Ảnh chụp hội nghị')] }),
          ],
        },
      ],
    });
    return Packer.toBuffer(document);
  }

  it('maps Word’s styles: Title to the headline, Heading 1/2 to the report’s headings, numbering to lists, a picture and its Caption to a figure with its photo', async () => {
    const article = await importArticle(library, { fileName: 'bài từ Word.docx', content: await wordFile() });
    expect(article.headline).toBe('Tiêu đề từ Word');
    expect(article.body.content).toEqual([
      paragraph(text('Đoạn '), text('đậm', { type: 'bold' }), text(' và '), text('gạch', { type: 'underline' }), text(' '), text('liên kết', { type: 'link', attrs: { href: 'https://baodanvan.vn/' } })),
      { type: 'heading', attrs: { level: 2 }, content: [text('Mục một')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Mục nhỏ')] },
      { type: 'orderedList', attrs: { start: 1 }, content: [item(paragraph(text('Thứ nhất'))), item(paragraph(text('Thứ hai')))] },
      { type: 'figure', attrs: { photoId: expect.any(Number), credit: '' }, content: [text('Ảnh chụp hội nghị')] },
    ]);
    // The embedded picture is in the photo store, its derivatives made, and the article uses it.
    const photoId = article.body.content!.at(-1)!.attrs!.photoId as number;
    expect(library.photos.get(photoId)).toMatchObject({ width: 40, height: 30, mime: 'image/png' });
    expect(library.photos.listOfArticle(article.id).map((photo) => photo.id)).toEqual([photoId]);
  });

  it('a damaged .docx is importDocumentUnreadable, nothing stored', async () => {
    const before = library.articles.list().length;
    await expect(importArticle(library, { fileName: 'hỏng.docx', content: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) })).rejects.toMatchObject({
      code: 'importDocumentUnreadable',
      params: { file: 'hỏng.docx', format: 'Word (.docx)' },
    });
    expect(library.articles.list()).toHaveLength(before);
  });
});

describe('round trips through our own exports', () => {
  let seed: Article;
  let rich: Article;
  const out = () => path.join(dir, 'round-trip');

  beforeAll(async () => {
    ({ article: seed } = await seedWithPhotos(library, dir));
    rich = library.articles.create({ headline: 'Sơ kết thi đua', sapo: 'Tóm tắt.', body: richBody(), credit: { role: 'compiledBy', names: 'Thu Hà' } });
  });

  /** What "the same text" means: every part of the article a reader sees, photos aside. */
  function readerText(article: Article, withFigureCredits = true) {
    return {
      headline: article.headline,
      sapo: article.sapo,
      dateline: article.dateline,
      credit: article.credit,
      body: documentToPlainText(article.body),
      figures: documentFigures(article.body).map((figure) => ({ caption: figure.caption, ...(withFigureCredits ? { credit: figure.credit } : {}) })),
    };
  }

  it.each(['txt', 'docx', 'html', 'md'])('the seed exported as %s and imported again has the same text', async (format) => {
    const written = await exportArticleTo(library, seed.id, { format, outDir: out() });
    const again = await importArticleFile(library, written.path);
    // Plain text has no place for a figure's credit; every other format keeps it.
    expect(readerText(again, format !== 'txt')).toEqual(readerText(seed, format !== 'txt'));
    expect(again.sapo).toBe(seedSapo);
    expect(again.words).toBe(871);
  });

  it.each(['docx', 'html', 'md'])('a report with every kind of block exported as %s comes back with its text, headings, lists, links and marks', async (format) => {
    const written = await exportArticleTo(library, rich.id, { format, outDir: out() });
    const again = await importArticleFile(library, written.path);
    // Every format, Markdown included (`![caption]()`), keeps the figure still waiting for its photo.
    expect(readerText(again)).toEqual(readerText(rich));
    const kinds = (again.body.content ?? []).map((node) => (node.type === 'heading' ? `h${node.attrs?.level}` : node.type));
    expect(kinds).toEqual(expect.arrayContaining(['h2', 'h3', 'bulletList', 'orderedList', 'blockquote', 'figure']));
    const marks = JSON.stringify(again.body);
    for (const mark of ['"bold"', '"italic"', 'https://dangcongsan.vn/bao-cao?nam=2022&ky=1', 'mailto:toasoan@baodanvan.vn']) expect(marks).toContain(mark);
    if (format !== 'md') expect(marks).toContain('"underline"');
  });

  it('a Word export read as text (what File.text() would send) is refused, not imported as garbage', async () => {
    const written = await exportArticleTo(library, seed.id, { format: 'docx', outDir: out() });
    await expect(importArticle(library, { fileName: path.basename(written.path), content: fs.readFileSync(written.path, 'latin1') })).rejects.toMatchObject({ code: 'importDocumentUnreadable' });
  });
});
