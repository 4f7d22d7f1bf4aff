// An article with a table, exported to DOCX (rendered by LibreOffice) and to PDF (Chromium), read back with
// poppler: each row's cells side by side on one line, every Vietnamese mark intact. The first page of each
// is rendered to PNG in test-results/screenshots/ for a person to look at.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportArticleTo } from '../../export/exportArticleTo';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { describeWithTools, libreOfficeToPdf, run, tools } from './externalTools';
import { tableArticleBody, tableCellTexts, tableHeadline } from './tableFixture';

const lookDir = path.resolve(import.meta.dirname, '../../test-results/screenshots');

describeWithTools('a table in the DOCX and PDF exports', [tools.libreoffice, tools.chromium, tools.poppler], () => {
  let dir: string;
  let library: Library;
  const pdfs = { docx: '', pdf: '' };

  beforeAll(async () => {
    dir = makeTempDir('newsdesk-table-render');
    library = openLibrary(path.join(dir, 'library'));
    const article = library.articles.create({
      headline: tableHeadline,
      sapo: 'Sáng 22/6, Khối thi đua các cơ quan Đảng Trung ương công bố bảng điểm thi đua 6 tháng đầu năm.',
      dateline: { place: 'Hà Nội', date: '2024-06-22' },
      credit: { role: 'text', names: 'Minh Khôi' },
      body: tableArticleBody(),
    });
    const docx = (await exportArticleTo(library, article.id, { format: 'docx', outDir: path.join(dir, 'out') })).path;
    pdfs.pdf = (await exportArticleTo(library, article.id, { format: 'pdf', outDir: path.join(dir, 'out') })).path;
    await libreOfficeToPdf([docx], path.join(dir, 'docx-pdf'), path.join(dir, 'profile'));
    pdfs.docx = path.join(dir, 'docx-pdf', path.basename(docx).replace(/\.docx$/, '.pdf'));
    fs.mkdirSync(lookDir, { recursive: true });
    await run('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdfs.docx, path.join(lookDir, 'table-export-docx')]);
    await run('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdfs.pdf, path.join(lookDir, 'table-export-pdf')]);
  }, 240_000);

  afterAll(() => {
    library.close();
    removeDir(dir);
  });

  for (const kind of ['docx', 'pdf'] as const) {
    it(`${kind}: lays each row out as one line of cells, in order, with every Vietnamese mark`, async () => {
      const text = (await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfs[kind], '-'])).stdout.normalize('NFC');
      const lines = text.split('\n');
      for (const row of tableCellTexts) {
        const line = lines.find((candidate) => candidate.includes(row[0]!));
        expect(line, row[0]).toBeDefined();
        const positions = row.map((cell) => line!.indexOf(cell));
        expect(positions.every((position) => position >= 0), row.join(' / ')).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }
      expect(fs.statSync(path.join(lookDir, `table-export-${kind}.png`)).size).toBeGreaterThan(10_000);
    });
  }
});
