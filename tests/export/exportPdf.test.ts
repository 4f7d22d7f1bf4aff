// The PDF export: the HTML export printed to A4 by headless Chromium. Read back with poppler: A4 pages, the
// headline, captions, credits and body in the text with their Vietnamese marks, page numbers in the footer
// in the article's language, and every photo on the same page as its caption (a figure is never split).
// The seed's pages are rendered to PNG in test-results/export/ for a person to look at.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportArticleTo } from '../../export/exportArticleTo';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeed } from '../helpers/seed';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { describeWithTools, run, tools } from './externalTools';
import { firstCaption, firstFigureCredit, secondCaptionLines, seedSapo, seedSlug, seedWithPhotos } from './exportFixtures';

const lookDir = path.resolve(import.meta.dirname, '../../test-results/export');

describeWithTools('the PDF export', [tools.chromium, tools.poppler], () => {
  let dir: string;
  let library: Library;
  let pdf: string;

  beforeAll(async () => {
    dir = makeTempDir('newsdesk-export-pdf');
    library = openLibrary(path.join(dir, 'library'));
    const { article } = await seedWithPhotos(library, dir);
    pdf = (await exportArticleTo(library, article.id, { format: 'pdf', outDir: path.join(dir, 'out') })).path;
  }, 120_000);

  afterAll(() => {
    library.close();
    removeDir(dir);
  });

  const pageText = async (page?: number) => {
    const range = page ? ['-f', String(page), '-l', String(page)] : [];
    return (await run('pdftotext', ['-enc', 'UTF-8', ...range, pdf, '-'])).stdout.normalize('NFC');
  };

  it('prints A4 pages', async () => {
    expect(path.basename(pdf)).toBe(`${seedSlug}.pdf`);
    const info = (await run('pdfinfo', [pdf])).stdout;
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(2);
  });

  it('holds the headline, sapo, captions, credits and every paragraph, and numbers its pages', async () => {
    const seed = readSeed();
    const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)![1]);
    const text = await pageText();
    // Lines joined, the footers taken out: Chromium wraps paragraphs across lines and pages.
    const footers = Array.from({ length: pages }, (_, i) => `Trang ${i + 1}/${pages}`);
    for (const footer of footers) expect(text).toContain(footer);
    const flowing = footers.reduce((all, footer) => all.replace(footer, ' '), text).replace(/\s+/g, ' ');
    for (const expected of [seed.headline, seedSapo, firstCaption, firstFigureCredit, ...secondCaptionLines, 'Tin và ảnh: Minh Khôi', 'Hà Nội – Thứ Bảy, 22/6/2024', ...seed.paragraphs]) {
      expect(flowing).toContain(expected.replace(/\s+/g, ' '));
    }
  });

  it('never splits a figure: each photo is on the page of its caption', async () => {
    const listing = (await run('pdfimages', ['-list', pdf])).stdout.split('\n').slice(2).filter(Boolean);
    const imagePages = listing.filter((line) => line.split(/\s+/)[3] === 'image').map((line) => Number(line.trim().split(/\s+/)[0]));
    expect(imagePages).toHaveLength(2);
    expect(await pageText(imagePages[0])).toContain(firstCaption);
    expect((await pageText(imagePages[1])).replace(/\s+/g, ' ')).toContain(secondCaptionLines.join(' '));
  });

  it('renders its pages for a person to look at', async () => {
    fs.mkdirSync(lookDir, { recursive: true });
    await run('pdftoppm', ['-r', '60', '-png', pdf, path.join(lookDir, 'seed-pdf')]);
    expect(fs.readdirSync(lookDir).filter((name) => /^seed-pdf-\d+\.png$/.test(name)).length).toBeGreaterThanOrEqual(2);
  });
});
