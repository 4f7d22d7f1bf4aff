// Tables coming in: HTML (thead/tbody, th and td, cells of several blocks), Word files (mammoth's tables),
// Markdown pipe tables and tab-separated plain text, each to the editor's own table node; merged cells split
// and reported; a table that lays out a page unwrapped into its blocks; and every format's export of an
// article with a table imports back to the same article.
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableGrid, tableNode } from '../../common/document/table';
import { inlineText, type DocNode } from '../../common/document/docNode';
import { createTranslator } from '../../common/i18n/catalog';
import { importReportLines } from '../../common/i18n/importReportLines';
import { exportArticleTo } from '../../export/exportArticleTo';
import { importArticleReported } from '../../import/importArticle';
import { parseHtmlArticle } from '../../import/html/parseHtmlArticle';
import { parseMarkdownArticle } from '../../import/markdown/parseMarkdownArticle';
import { parsePlainTextArticle } from '../../import/plainText/parsePlainTextArticle';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { tableArticleBody, tableCellTexts, tableHeadline } from '../export/tableFixture';
import fs from 'node:fs';

const tempDir = useTempDirs('newsdesk-import-tables');

/** The first table of a body as rows of cell texts, a header row's cells marked `th:`. */
function cellTexts(body: DocNode): string[][] {
  const table = body.content?.find((node) => node.type === 'table');
  if (!table) return [];
  return tableGrid(table).map((row) => row.cells.map((cell) => `${row.header ? 'th:' : ''}${inlineText(cell)}`));
}

describe('HTML tables', () => {
  it('become the editor’s table: header row from th, cells with their marks, a cell’s blocks as its lines', () => {
    const article = parseHtmlArticle(`<h1>Bảng</h1><p>Trước bảng.</p>
      <table><thead><tr><th>Đơn vị</th><th>Điểm</th></tr></thead>
      <tbody><tr><td><b>Ban Tổ chức</b></td><td><p>98</p><p>xếp thứ nhất</p></td></tr>
      <tr><td><a href="https://dangcongsan.vn/">Ban Dân vận</a></td><td><ul><li>97</li><li>thứ hai</li></ul></td></tr></tbody></table><p>Sau bảng.</p>`);
    expect(article.body.content!.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(cellTexts(article.body)).toEqual([
      ['th:Đơn vị', 'th:Điểm'],
      ['Ban Tổ chức', '98\nxếp thứ nhất'],
      ['Ban Dân vận', '97\nthứ hai'],
    ]);
    const table = article.body.content![1]!;
    expect(table.content![1]!.content![0]).toEqual({
      type: 'tableCell',
      attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ban Tổ chức', marks: [{ type: 'bold' }] }] }],
    });
    expect(table.content![2]!.content![0]!.content![0]!.content![0]!.marks).toEqual([{ type: 'link', attrs: { href: 'https://dangcongsan.vn/' } }]);
    expect(article.notes ?? []).toEqual([]);
  });

  it('splits merged cells into plain ones, the text in the first, and says how many it split', () => {
    const article = parseHtmlArticle(`<table>
      <tr><th>Đơn vị</th><th colspan="2">Điểm</th></tr>
      <tr><td rowspan="2">Khối Đảng</td><td>6 tháng</td><td>98</td></tr>
      <tr><td>Cả năm</td><td>97</td></tr></table>`);
    expect(cellTexts(article.body)).toEqual([
      ['th:Đơn vị', 'th:Điểm', 'th:'],
      ['Khối Đảng', '6 tháng', '98'],
      ['', 'Cả năm', '97'],
    ]);
    expect(article.notes).toEqual([{ kind: 'guessed', code: 'mergedTableCells', params: { count: 2 } }]);
    const report = { notes: article.notes!, duplicateOf: null };
    expect(importReportLines(createTranslator('en'), report)).toEqual(['2 merged table cells split into plain cells: the text of each is in its first cell, the cells it covered are empty']);
    expect(importReportLines(createTranslator('vi'), report)).toEqual(['Đã tách 2 ô gộp trong bảng thành các ô thường: chữ của mỗi ô nằm ở ô đầu, các ô nó phủ để trống']);
  });

  it('unwraps a table that lays out a page (a table or a picture inside it) into its blocks, as before', () => {
    const article = parseHtmlArticle('<h1>Tin</h1><table><tr><td><table><tr><td><p>Đoạn một.</p></td></tr></table></td><td><p>Đoạn hai.</p></td></tr></table>');
    expect(article.body.content!.map((node) => [node.type, inlineText(node.content ?? [])])).toEqual([
      ['paragraph', 'Đoạn một.'],
      ['paragraph', 'Đoạn hai.'],
    ]);
  });
});

describe('Markdown pipe tables', () => {
  it('become a table, escaped pipes unescaped, an empty header row (a table that had none) dropped', () => {
    const article = parseMarkdownArticle(['# Bảng', '', '| Đơn vị | Điểm |', '| --- | --- |', '| **Ban Tổ chức** | 95 \\| 100 |', '', '|  |  |', '| --- | --- |', '| a | b |', ''].join('\n'));
    expect(article.body.content!.map((node) => node.type)).toEqual(['table', 'table']);
    expect(cellTexts(article.body)).toEqual([
      ['th:Đơn vị', 'th:Điểm'],
      ['Ban Tổ chức', '95 | 100'],
    ]);
    expect(tableGrid(article.body.content![1]!).map((row) => [row.header, ...row.cells.map(inlineText)])).toEqual([[false, 'a', 'b']]);
  });
});

describe('plain text', () => {
  it('reads tab-separated lines of equal width as a table, its first row the header', () => {
    const article = parsePlainTextArticle(['Tiêu đề', '', 'Đơn vị\tĐiểm', 'Ban Tổ chức\t98', 'Ban Dân vận\t97', ''].join('\n'));
    expect(article.body.content).toEqual([
      tableNode([
        { header: true, cells: [[{ type: 'text', text: 'Đơn vị' }], [{ type: 'text', text: 'Điểm' }]] },
        { header: false, cells: [[{ type: 'text', text: 'Ban Tổ chức' }], [{ type: 'text', text: '98' }]] },
        { header: false, cells: [[{ type: 'text', text: 'Ban Dân vận' }], [{ type: 'text', text: '97' }]] },
      ]),
    ]);
  });

  it('leaves lines of unequal width, or a single tabbed line, as text', () => {
    const article = parsePlainTextArticle(['Tiêu đề', '', 'Đơn vị\tĐiểm', 'Ban Tổ chức\t98\tthừa', '', 'Một\tdòng.', ''].join('\n'));
    expect(article.body.content!.map((node) => node.type)).not.toContain('table');
  });
});

describe('Word files', () => {
  let library: Library;
  beforeEach(() => {
    library = openLibrary(tempDir());
  });
  afterEach(() => library.close());

  it('reads a Word table with merged cells (across and down) as a plain grid and reports the split', async () => {
    const cell = (text: string, options: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) =>
      new TableCell({ ...options, children: [new Paragraph({ children: [new TextRun(text)] })] });
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ style: 'Title', children: [new TextRun('Bảng điểm')] }),
            new Table({
              rows: [
                new TableRow({ tableHeader: true, children: [cell('Đơn vị'), cell('Điểm', { columnSpan: 2 })] }),
                new TableRow({ children: [cell('Khối Đảng', { verticalMerge: VerticalMergeType.RESTART }), cell('6 tháng'), cell('98')] }),
                new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('Cả năm'), cell('97')] }),
              ],
            }),
          ],
        },
      ],
    });
    const { article, report } = await importArticleReported(library, { fileName: 'bang.docx', content: new Uint8Array(await Packer.toBuffer(document)) });
    expect(article.headline).toBe('Bảng điểm');
    expect(cellTexts(article.body)).toEqual([
      ['th:Đơn vị', 'th:Điểm', 'th:'],
      ['Khối Đảng', '6 tháng', '98'],
      ['', 'Cả năm', '97'],
    ]);
    expect(report.notes).toEqual([{ kind: 'guessed', code: 'mergedTableCells', params: { count: 2 } }]);
  });
});

describe('round trips: an article with a table, exported and imported back', () => {
  let library: Library;
  beforeEach(() => {
    library = openLibrary(tempDir());
  });
  afterEach(() => library.close());

  for (const format of ['html', 'docx', 'md', 'txt'] as const) {
    it(`${format}: the same headline and body, the table equal cell for cell`, async () => {
      const original = library.articles.create({ headline: tableHeadline, body: tableArticleBody() });
      const file = (await exportArticleTo(library, original.id, { format, outDir: path.join(tempDir(), format) })).path;
      const bytes = fs.readFileSync(file);
      const { article } = await importArticleReported(library, { fileName: path.basename(file), content: format === 'docx' ? new Uint8Array(bytes) : bytes.toString('utf8') });
      expect(article.headline).toBe(tableHeadline);
      expect(cellTexts(article.body)).toEqual(tableCellTexts.map((row, index) => row.map((cell) => (index === 0 ? `th:${cell}` : cell))));
      // Plain text keeps no formatting; every other format brings the body back node for node, marks included.
      if (format === 'txt') expect(article.body.content!.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph']);
      else expect(article.body).toEqual(original.body);
    });
  }
});
