// Tables in every export: the export tree's grid, HTML with thead/tbody (W3C-valid), a Markdown pipe table,
// plain text with tab-separated cells, a Word table in the Report Table style, NINJS body_html; and word
// counts that read each cell once.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableNode } from '../../common/document/table';
import { countText } from '../../common/text/countText';
import { documentToPlainText } from '../../common/text/documentText';
import { buildExportDocument } from '../../export/documentTree/buildExportDocument';
import type { TableBlock, TextRun } from '../../export/documentTree/exportDocument';
import { exportArticleTo } from '../../export/exportArticleTo';
import { markdownTable } from '../../export/markdown/markdownTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { describeWithTools, tools, validateHtml } from './externalTools';
import { tableArticleBody, tableCellTexts, tableHeadline } from './tableFixture';
import { openZip, zipText } from './zipEntries';

let dir: string;
let library: Library;
let articleId: number;
const files: Record<'html' | 'md' | 'txt' | 'docx' | 'ninjs', string> = { html: '', md: '', txt: '', docx: '', ninjs: '' };

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-tables');
  library = openLibrary(path.join(dir, 'library'));
  articleId = library.articles.create({ headline: tableHeadline, body: tableArticleBody() }).id;
  for (const format of Object.keys(files) as (keyof typeof files)[]) {
    files[format] = (await exportArticleTo(library, articleId, { format, outDir: path.join(dir, format) })).path;
  }
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

const read = (file: string) => fs.readFileSync(file, 'utf8');
const run = (text: string): TextRun => ({ kind: 'text', text, bold: false, italic: false, underline: false });

describe('the export tree', () => {
  it('holds the table as a grid of runs, the header row marked, formatting kept', () => {
    const doc = buildExportDocument(library.articles.get(articleId), new Map());
    const table = doc.blocks.find((block) => block.kind === 'table') as TableBlock;
    expect(table.rows.map((row) => row.header)).toEqual([true, false, false, false]);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('')))).toEqual(tableCellTexts);
    expect(table.rows[1]!.cells[0]).toEqual([{ ...run('Ban Tổ chức Trung ương'), bold: true }]);
    expect(table.rows[1]!.cells[2]).toEqual([{ ...run('Xuất sắc'), href: 'https://dangcongsan.vn/thi-dua' }]);
  });

  it('pads a short row and leaves out a table with no text at all', () => {
    const ragged = tableNode([{ header: false, cells: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] }]);
    ragged.content!.push({ type: 'tableRow', content: [ragged.content![0]!.content![0]!] });
    const empty = tableNode([{ header: true, cells: [[], []] }]);
    const article = { ...library.articles.get(articleId), body: { type: 'doc', content: [ragged, empty] } };
    const blocks = buildExportDocument(article, new Map()).blocks;
    expect(blocks).toHaveLength(1);
    expect((blocks[0] as TableBlock).rows.map((row) => row.cells.length)).toEqual([2, 2]);
  });

  it('lets search find an article by a word that only a cell holds (Vietnamese with or without marks)', () => {
    for (const query of ['Xếp loại', 'xep loai']) expect(library.search.search({ query, limit: 5 }).map((hit) => hit.id), query).toEqual([articleId]);
  });

  it('counts every cell’s words once, in the stored counts as in the export', () => {
    const article = library.articles.get(articleId);
    const cellWords = tableCellTexts.flat().reduce((sum, cell) => sum + countText(cell).words, 0);
    const around = countText('Khối thi đua các cơ quan Đảng Trung ương công bố kết quả chấm điểm.\n\nCác đơn vị được biểu dương tại Hội nghị sơ kết.').words;
    expect(countText(documentToPlainText(article.body)).words).toBe(around + cellWords);
    expect(buildExportDocument(article, new Map()).meta.words).toBe(around + cellWords);
  });
});

describe('HTML', () => {
  it('writes the header row in thead with column headers and the rows in tbody', () => {
    const doc = new JSDOM(read(files.html)).window.document;
    const table = doc.querySelector('article table')!;
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => [th.textContent, th.getAttribute('scope')])).toEqual(tableCellTexts[0]!.map((cell) => [cell, 'col']));
    expect(Array.from(table.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((td) => `${td.localName}:${td.textContent}`))).toEqual(
      tableCellTexts.slice(1).map((row) => row.map((cell) => `td:${cell}`)),
    );
    expect(table.querySelector('tbody strong')?.textContent).toBe('Ban Tổ chức Trung ương');
    expect(table.querySelector('tbody a')?.getAttribute('href')).toBe('https://dangcongsan.vn/thi-dua');
  });

  it('puts the table in the NINJS body (its HTML) the same way, its words counted once', () => {
    const ninjs = JSON.parse(read(files.ninjs)) as { bodies: { contentType: string; value: string; wordCount: number }[] };
    const body = ninjs.bodies.find((entry) => entry.contentType === 'text/html')!;
    const table = JSDOM.fragment(body.value).querySelector('table')!;
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent)).toEqual(tableCellTexts[0]);
    expect(Array.from(table.querySelectorAll('tbody td')).map((td) => td.textContent)).toEqual(tableCellTexts.slice(1).flat());
    expect(body.wordCount).toBe(buildExportDocument(library.articles.get(articleId), new Map()).meta.words);
  });
});

describeWithTools('the W3C Nu validator', [tools.java], () => {
  it('finds no error in a page with a table', async () => {
    const messages = await validateHtml([files.html]);
    expect(messages.map((message) => `${message.message} ${message.extract ?? ''}`)).toEqual([]);
  });
});

describe('Markdown', () => {
  it('writes a pipe table, the header row first, a pipe in a cell escaped', () => {
    const markdown = read(files.md);
    expect(markdown).toContain(
      [
        '| Đơn vị | Điểm | Xếp loại |',
        '| --- | --- | --- |',
        '| **Ban Tổ chức Trung ương** | 98,5 | [Xuất sắc](https://dangcongsan.vn/thi-dua) |',
        '| Ban Dân vận Trung ương | 97 | Xuất sắc |',
        '| Văn phòng Trung ương Đảng | 95 \\| 100 | Tốt |',
      ].join('\n'),
    );
  });

  it('gives a table without a header row an empty one, and writes a line break in a cell as a space', () => {
    const table: TableBlock = { kind: 'table', rows: [{ header: false, cells: [[run('một'), { kind: 'break' }, run('hai')], [run('a|b')]] }] };
    expect(markdownTable(table)).toBe(['|  |  |', '| --- | --- |', '| một hai | a\\|b |'].join('\n'));
  });
});

describe('plain text', () => {
  it('writes one line per row, cells separated by tabs', () => {
    expect(read(files.txt)).toContain(tableCellTexts.map((row) => row.join('\t')).join('\n'));
  });
});

describe('DOCX', () => {
  it('writes a Word table in the Report Table style, its header row repeated and styled as the first row', async () => {
    const zip = await openZip(files.docx);
    const documentXml = await zipText(zip, 'word/document.xml');
    const stylesXml = await zipText(zip, 'word/styles.xml');
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(documentXml).toContain('<w:tblStyle w:val="ReportTable"/>');
    expect(documentXml).toMatch(/<w:tblLook [^>]*w:firstRow="(1|true)"/);
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(documentXml.match(/<w:tr>/g)).toHaveLength(4);
    for (const cell of tableCellTexts.flat()) expect(documentXml).toContain(`>${cell}</w:t>`);
    expect(stylesXml).toMatch(/<w:style w:type="table" w:customStyle="1" w:styleId="ReportTable"><w:name w:val="Report Table"\/>/);
    expect(stylesXml).toContain('<w:tblStylePr w:type="firstRow">');
    // The table style joins the report's own styles, it does not replace them.
    for (const id of ['Title', 'Heading1', 'Caption', 'Sapo', 'CreditLine', 'TableNormal']) expect(stylesXml).toContain(`w:styleId="${id}"`);
  });
});
