// Exporting to disk: the staging folder that makes every export all-or-nothing (a missing destination is
// created, an existing file replaced whole, a folder that cannot be written is a clear error leaving nothing
// behind), and the export service writing the seed as plain text named after its headline.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { exportFormats } from '../../contract/schemas/articleExport';
import { exportArticleTo } from '../../export/exportArticleTo';
import { exportFormatNames } from '../../export/exporters';
import { ExportStaging } from '../../export/output/exportStaging';
import { importArticle } from '../../import/importArticle';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeedText } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { contentLines, seedLinesAboveChrome } from '../import/plainTextFixtures';
import { makeReadOnly } from './readOnlyFolder';

const tempDir = useTempDirs('newsdesk-export');
const english = createTranslator('en');
const seedSlugFile = 'khoi-thi-dua-cac-co-quan-dang-trung-uong.txt';

async function errorOf(run: () => Promise<unknown>): Promise<{ code: string; params: Record<string, unknown>; message: string }> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(NewsdeskError);
    const { code, params } = error as NewsdeskError;
    return { code, params, message: translateError(english, code, params) };
  }
  throw new Error('expected an error');
}

/** Stages one file and commits it, as every single-file export does. */
async function writeOne(dir: string, name: string, data: string | Uint8Array): Promise<string> {
  const staging = await ExportStaging.open(dir);
  try {
    await staging.write(name, data);
    return (await staging.commit([name]))[0]!;
  } finally {
    await staging.discard();
  }
}

describe('ExportStaging', () => {
  it('creates missing folders and writes the bytes, leaving no temporary file or folder', async () => {
    const dir = path.join(tempDir(), 'Bài đã xuất', '2024', 'tháng 6');
    const written = await writeOne(dir, 'tin.txt', 'Thứ Bảy, 22/6/2024\n');
    expect(written).toBe(path.join(dir, 'tin.txt'));
    expect(fs.readFileSync(written, 'utf8')).toBe('Thứ Bảy, 22/6/2024\n');
    expect(fs.readdirSync(dir)).toEqual(['tin.txt']);
  });

  it('returns an absolute, normalised path', async () => {
    const base = tempDir();
    const written = await writeOne(path.join(base, 'a', '..', 'b'), 'x.txt', new Uint8Array([0x41]));
    expect(written).toBe(path.join(base, 'b', 'x.txt'));
    expect(path.isAbsolute(written)).toBe(true);
  });

  it('replaces an existing file, and an existing folder, of the same name whole', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tin.txt'), 'bản cũ, dài hơn bản mới rất nhiều\n'.repeat(100));
    fs.mkdirSync(path.join(dir, 'tin_files'));
    fs.writeFileSync(path.join(dir, 'tin_files', 'cũ.jpg'), 'x');
    const staging = await ExportStaging.open(dir);
    await staging.write('tin_files/tin-1.jpg', 'ảnh');
    await staging.write('tin.txt', 'bản mới\n');
    await staging.commit(['tin_files', 'tin.txt']);
    await staging.discard();
    expect(fs.readFileSync(path.join(dir, 'tin.txt'), 'utf8')).toBe('bản mới\n');
    expect(fs.readdirSync(path.join(dir, 'tin_files'))).toEqual(['tin-1.jpg']);
    expect(fs.readdirSync(dir).sort()).toEqual(['tin.txt', 'tin_files']);
  });

  it('a folder under a regular file is exportDestinationUnwritable, naming the folder, creating nothing', async () => {
    const base = tempDir();
    fs.writeFileSync(path.join(base, 'tệp'), 'x');
    const dir = path.join(base, 'tệp', 'ra');
    expect(await errorOf(() => ExportStaging.open(dir))).toEqual({
      code: 'exportDestinationUnwritable',
      params: { path: dir, reason: 'ENOTDIR' },
      message: `Cannot write to the folder ${dir}: ENOTDIR`,
    });
    expect(fs.readdirSync(base)).toEqual(['tệp']);
    expect(fs.readFileSync(path.join(base, 'tệp'), 'utf8')).toBe('x');
  });

  it('a failed move into place puts back what it replaced and leaves nothing partial', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'tin_files'));
    fs.writeFileSync(path.join(dir, 'tin_files', 'cũ.jpg'), 'ảnh cũ');
    fs.writeFileSync(path.join(dir, 'tin.html'), 'trang cũ');
    const staging = await ExportStaging.open(dir);
    await staging.write('tin_files/tin-1.jpg', 'ảnh mới');
    await staging.write('tin.html', 'x'.repeat(100_000));
    // The photos move in, then the page cannot (its staged file is gone, as if the disk had failed).
    fs.rmSync(staging.path('tin.html'));
    const error = await errorOf(() => staging.commit(['tin_files', 'tin.html']));
    await staging.discard();
    expect(error).toMatchObject({ code: 'exportDestinationUnwritable', params: { path: dir, reason: 'ENOENT' } });
    expect(fs.readdirSync(dir).sort()).toEqual(['tin.html', 'tin_files']);
    expect(fs.readdirSync(path.join(dir, 'tin_files'))).toEqual(['cũ.jpg']);
    expect(fs.readFileSync(path.join(dir, 'tin.html'), 'utf8')).toBe('trang cũ');
  });

  it('a read-only folder is exportDestinationUnwritable', async () => {
    const dir = tempDir();
    const restore = makeReadOnly(dir);
    try {
      expect((await errorOf(() => ExportStaging.open(dir))).params).toEqual({ path: dir, reason: 'EACCES' });
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      restore();
    }
  });
});

describe('exportArticleTo, plain text', () => {
  let library: Library;
  beforeEach(() => {
    library = openLibrary(tempDir());
  });
  afterEach(() => {
    library.close();
  });

  it('writes the seed as <slug>.txt, UTF-8 with LF, giving back the seed’s lines', async () => {
    const seedText = readSeedText();
    const { id } = await importArticle(library, { fileName: 'article-vi.txt', content: seedText });
    const out = path.join(tempDir(), 'ra');
    const written = await exportArticleTo(library, id, { format: 'txt', outDir: out });
    expect(written).toEqual({ path: path.join(out, seedSlugFile), files: [path.join(out, seedSlugFile)] });
    const bytes = fs.readFileSync(written.path);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    expect(contentLines(text)).toEqual(seedLinesAboveChrome(seedText));

    // Exporting again replaces the file; the folder holds only it.
    library.articles.update(id, { credit: { role: 'text', names: 'Minh Khôi' } });
    expect((await exportArticleTo(library, id, { format: 'TXT', outDir: out })).path).toBe(written.path);
    expect(fs.readFileSync(written.path, 'utf8').endsWith('\n\nTin: Minh Khôi\n')).toBe(true);
    expect(fs.readdirSync(out)).toEqual([seedSlugFile]);
  });

  it('writes to the exact path a save dialog chose', async () => {
    const { id } = await importArticle(library, { fileName: 'article-vi.txt', content: readSeedText() });
    const chosen = path.join(tempDir(), 'Bài gửi biên tập.txt');
    expect(await exportArticleTo(library, id, { format: 'txt', outPath: chosen })).toEqual({ path: chosen, files: [chosen] });
    expect(fs.readdirSync(path.dirname(chosen))).toEqual(['Bài gửi biên tập.txt']);
  });

  it('names an untitled article article-<id>.txt', async () => {
    const { id } = library.articles.create({});
    const out = tempDir();
    expect((await exportArticleTo(library, id, { format: 'txt', outDir: out })).path).toBe(path.join(out, `article-${id}.txt`));
    expect(fs.readFileSync(path.join(out, `article-${id}.txt`), 'utf8')).toBe('\n');
  });

  it('an unknown format is unsupportedExportFormat listing the formats; nothing is written', async () => {
    const { id } = library.articles.create({ headline: 'Tin' });
    const out = path.join(tempDir(), 'ra');
    expect(await errorOf(() => exportArticleTo(library, id, { format: 'odt', outDir: out }))).toEqual({
      code: 'unsupportedExportFormat',
      params: { format: 'odt', formats: 'docx, html, md, txt, pdf, ninjs, zip' },
      message: 'Cannot export as “odt”: the formats are docx, html, md, txt, pdf, ninjs, zip',
    });
    expect(fs.existsSync(out)).toBe(false);
  });

  it('the service answers to exactly the formats the contract offers', () => {
    expect([...exportFormatNames].sort()).toEqual([...exportFormats].sort());
  });

  it('an unknown article is articleNotFound; nothing is written', async () => {
    const out = path.join(tempDir(), 'ra');
    expect((await errorOf(() => exportArticleTo(library, 4242, { format: 'txt', outDir: out }))).code).toBe('articleNotFound');
    expect(fs.existsSync(out)).toBe(false);
  });
});
