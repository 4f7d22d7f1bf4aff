// Exporting to disk: the file named after the headline, written whole or not at all, into a folder that is
// created when missing; a folder that cannot be written is a clear error and leaves nothing behind.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { exportArticle } from '../../export/exportArticle';
import { exportFormats } from '../../export/exporters';
import { writeFileAtomically } from '../../export/writeFileAtomically';
import { importArticle } from '../../import/importArticle';
import { openLibrary, type Library } from '../../store/library';
import { readSeedText } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { contentLines, seedLinesAboveChrome } from '../import/plainTextFixtures';

const tempDir = useTempDirs('newsdesk-export');
const english = createTranslator('en');
const seedSlugFile = 'khoi-thi-dua-cac-co-quan-dang-trung-uong.txt';

function errorOf(run: () => unknown): { code: string; params: Record<string, unknown>; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(NewsdeskError);
    const { code, params } = error as NewsdeskError;
    return { code, params, message: translateError(english, code, params) };
  }
  throw new Error('expected an error');
}

describe('writeFileAtomically', () => {
  it('creates missing folders and writes the bytes, leaving no temporary file', () => {
    const dir = path.join(tempDir(), 'Bài đã xuất', '2024', 'tháng 6');
    const written = writeFileAtomically(dir, 'tin.txt', 'Thứ Bảy, 22/6/2024\n');
    expect(written).toBe(path.join(dir, 'tin.txt'));
    expect(fs.readFileSync(written, 'utf8')).toBe('Thứ Bảy, 22/6/2024\n');
    expect(fs.readdirSync(dir)).toEqual(['tin.txt']);
  });

  it('returns an absolute, normalised path', () => {
    const base = tempDir();
    const written = writeFileAtomically(path.join(base, 'a', '..', 'b'), 'x.txt', new Uint8Array([0x41]));
    expect(written).toBe(path.join(base, 'b', 'x.txt'));
    expect(path.isAbsolute(written)).toBe(true);
  });

  it('replaces an existing file of the same name whole', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tin.txt'), 'bản cũ, dài hơn bản mới rất nhiều\n'.repeat(100));
    writeFileAtomically(dir, 'tin.txt', 'bản mới\n');
    expect(fs.readFileSync(path.join(dir, 'tin.txt'), 'utf8')).toBe('bản mới\n');
    expect(fs.readdirSync(dir)).toEqual(['tin.txt']);
  });

  it('a folder under a regular file is exportDestinationUnwritable, naming the folder, creating nothing', () => {
    const base = tempDir();
    fs.writeFileSync(path.join(base, 'tệp'), 'x');
    const dir = path.join(base, 'tệp', 'ra');
    const error = errorOf(() => writeFileAtomically(dir, 'tin.txt', 'x'));
    expect(error).toEqual({
      code: 'exportDestinationUnwritable',
      params: { path: dir, reason: 'ENOTDIR' },
      message: `Cannot write to the folder ${dir}: ENOTDIR`,
    });
    expect(fs.readdirSync(base)).toEqual(['tệp']);
    expect(fs.readFileSync(path.join(base, 'tệp'), 'utf8')).toBe('x');
  });

  it('a failed rename leaves neither a partial nor a temporary file', () => {
    const dir = tempDir();
    // A folder where the file should go: the bytes are written, the rename fails.
    fs.mkdirSync(path.join(dir, 'tin.txt', 'bên trong'), { recursive: true });
    const error = errorOf(() => writeFileAtomically(dir, 'tin.txt', 'x'.repeat(100_000)));
    expect(error.code).toBe('exportDestinationUnwritable');
    expect(error.params.path).toBe(dir);
    expect(fs.readdirSync(dir)).toEqual(['tin.txt']);
    expect(fs.readdirSync(path.join(dir, 'tin.txt'))).toEqual(['bên trong']);
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('a read-only folder is exportDestinationUnwritable', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o500);
    try {
      expect(errorOf(() => writeFileAtomically(dir, 'tin.txt', 'x')).params).toEqual({ path: dir, reason: 'EACCES' });
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });
});

describe('exportArticle', () => {
  let library: Library;
  beforeEach(() => {
    library = openLibrary(tempDir());
  });
  afterEach(() => {
    library.close();
  });

  it('writes the seed as <slug>.txt, UTF-8 with LF, giving back the seed’s lines', () => {
    const seedText = readSeedText();
    const { id } = importArticle(library, { fileName: 'article-vi.txt', content: seedText });
    const out = path.join(tempDir(), 'ra');
    const written = exportArticle(library, id, { format: 'txt', outDir: out });
    expect(written).toBe(path.join(out, seedSlugFile));
    const bytes = fs.readFileSync(written);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    expect(contentLines(text)).toEqual(seedLinesAboveChrome(seedText));

    // Exporting again replaces the file; the folder holds only it.
    library.articles.update(id, { credit: { role: 'text', names: 'Minh Khôi' } });
    expect(exportArticle(library, id, { format: 'TXT', outDir: out })).toBe(written);
    expect(fs.readFileSync(written, 'utf8').endsWith('\n\nTin: Minh Khôi\n')).toBe(true);
    expect(fs.readdirSync(out)).toEqual([seedSlugFile]);
  });

  it('names an untitled article article-<id>.txt', () => {
    const { id } = library.articles.create({});
    const out = tempDir();
    expect(exportArticle(library, id, { format: 'txt', outDir: out })).toBe(path.join(out, `article-${id}.txt`));
    expect(fs.readFileSync(path.join(out, `article-${id}.txt`), 'utf8')).toBe('\n');
  });

  it('an unknown format is unsupportedExportFormat listing the formats; nothing is written', () => {
    const { id } = library.articles.create({ headline: 'Tin' });
    const out = path.join(tempDir(), 'ra');
    const error = errorOf(() => exportArticle(library, id, { format: 'docx', outDir: out }));
    expect(error).toEqual({
      code: 'unsupportedExportFormat',
      params: { format: 'docx', formats: 'txt' },
      message: 'Cannot export as “docx”: the formats are txt',
    });
    expect(exportFormats).toEqual(['txt']);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('an unknown article is articleNotFound; nothing is written', () => {
    const out = path.join(tempDir(), 'ra');
    expect(errorOf(() => exportArticle(library, 4242, { format: 'txt', outDir: out })).code).toBe('articleNotFound');
    expect(fs.existsSync(out)).toBe(false);
  });
});
