// Exports that cannot finish: a full disk (an output that fails after some bytes with ENOSPC, as a full
// disk does), a destination that cannot be written, a photo the store lost or holds as an empty file, a
// cancel, a PDF printer that fails. Each is one clear error in the reader's language; the destination is
// left exactly as it was (no partial file, no temporary one) and the library is untouched.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import type { Article } from '../../contract/schemas/article';
import type { Photo } from '../../contract/schemas/photo';
import { exportArticleTo, type ExportControl, type ExportTarget } from '../../export/exportArticleTo';
import type { OutputFileSystem } from '../../export/output/exportStaging';
import { chromiumPdfPrinter, findChromium } from '../../export/pdf/chromiumPdfPrinter';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { seedWithPhotos } from './exportFixtures';
import { makeReadOnly } from './readOnlyFolder';

const english = createTranslator('en');
const vietnamese = createTranslator('vi');

let dir: string;
let dataDir: string;
let library: Library;
let article: Article;
let photos: Photo[];
let outDir: string;

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-faults');
  dataDir = path.join(dir, 'library');
  library = openLibrary(dataDir);
  ({ article, photos } = await seedWithPhotos(library, dir));
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

let runs = 0;
/** A fresh destination holding a file from an earlier export, which a failed export must leave alone. */
function destination(): string {
  outDir = path.join(dir, `out-${(runs += 1)}`);
  fs.mkdirSync(outDir);
  fs.writeFileSync(path.join(outDir, 'bài cũ.txt'), 'bản xuất trước\n');
  return outDir;
}

/** Everything the library holds that an export could touch: the article, its photos' rows and files. */
function librarySnapshot(): unknown {
  const files = (fs.readdirSync(path.join(dataDir, 'photos'), { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dataDir, file), createHash('sha256').update(fs.readFileSync(file)).digest('hex')];
    })
    .sort();
  return { articles: library.articles.list(), article: library.articles.get(article.id), photos: library.photos.getMany(photos.map((photo) => photo.id)), files };
}

/** An output that takes `limit` bytes in all, then fails every write the way a full disk does. */
function fullDiskAfter(limit: number, code = 'ENOSPC'): OutputFileSystem {
  let written = 0;
  return {
    createWriteStream(file) {
      const real = fs.createWriteStream(file, { flags: 'wx' });
      return new Writable({
        write(chunk: Buffer, _encoding, callback) {
          if (written + chunk.length > limit) return callback(Object.assign(new Error(`${code}: no space left on device, write`), { code, errno: -28, syscall: 'write' }));
          written += chunk.length;
          real.write(chunk, callback);
        },
        final(callback) {
          real.end(callback);
        },
        destroy(error, callback) {
          real.destroy();
          callback(error);
        },
      });
    },
  };
}

async function failedExport(target: ExportTarget, control: ExportControl = {}): Promise<NewsdeskError> {
  const before = librarySnapshot();
  const out = destination();
  try {
    await exportArticleTo(library, article.id, { outDir: out, ...target }, control);
  } catch (error) {
    expect(error).toBeInstanceOf(NewsdeskError);
    expect(fs.readdirSync(out), 'the destination holds what it held').toEqual(['bài cũ.txt']);
    expect(fs.readFileSync(path.join(out, 'bài cũ.txt'), 'utf8')).toBe('bản xuất trước\n');
    expect(librarySnapshot(), 'the library is untouched').toEqual(before);
    return error as NewsdeskError;
  }
  throw new Error('expected the export to fail');
}

const messages = (error: NewsdeskError) => [translateError(english, error.code, error.params), translateError(vietnamese, error.code, error.params)];

describe('a full disk', () => {
  it.each(['docx', 'html', 'md', 'ninjs', 'txt'])('stops a %s export with exportDiskFull, leaving nothing', async (format) => {
    const error = await failedExport({ format }, { output: fullDiskAfter(format === 'txt' ? 100 : 20_000) });
    expect(error).toMatchObject({ code: 'exportDiskFull', params: { path: outDir } });
    expect(messages(error)).toEqual([
      `The disk is full: nothing could be written to ${outDir}. Free some space and export again.`,
      `Ổ đĩa đã đầy: không ghi được gì vào ${outDir}. Hãy giải phóng dung lượng rồi xuất lại.`,
    ]);
  });

  it('stops the package halfway through its zip, leaving nothing', async () => {
    // Enough for the staged photos and part of the zip.
    const error = await failedExport({ format: 'zip' }, { output: fullDiskAfter(250_000) });
    expect(error).toMatchObject({ code: 'exportDiskFull', params: { path: outDir } });
  });
});

describe('a destination that cannot be written', () => {
  it('a folder under a regular file: exportDestinationUnwritable, nothing created', async () => {
    const base = path.join(dir, 'base');
    fs.mkdirSync(base, { recursive: true });
    fs.writeFileSync(path.join(base, 'tệp'), 'x');
    const under = path.join(base, 'tệp', 'ra');
    await expect(exportArticleTo(library, article.id, { format: 'docx', outDir: under })).rejects.toMatchObject({ code: 'exportDestinationUnwritable', params: { path: under, reason: 'ENOTDIR' } });
    expect(fs.readdirSync(base)).toEqual(['tệp']);
  });

  it('a refused write (EACCES) is exportDestinationUnwritable, translated, leaving nothing', async () => {
    const error = await failedExport({ format: 'zip' }, { output: fullDiskAfter(0, 'EACCES') });
    expect(error).toMatchObject({ code: 'exportDestinationUnwritable', params: { path: outDir, reason: 'EACCES' } });
    expect(messages(error)).toEqual([`Cannot write to the folder ${outDir}: EACCES`, `Không ghi được vào thư mục ${outDir}: EACCES`]);
  });

  it('a read-only folder is exportDestinationUnwritable', async () => {
    const readOnly = path.join(dir, 'chỉ đọc');
    fs.mkdirSync(readOnly);
    const restore = makeReadOnly(readOnly);
    try {
      await expect(exportArticleTo(library, article.id, { format: 'html', outDir: readOnly })).rejects.toMatchObject({ code: 'exportDestinationUnwritable', params: { reason: 'EACCES' } });
      expect(fs.readdirSync(readOnly)).toEqual([]);
    } finally {
      restore();
    }
  });

  it('a folder on a read-only disk (EROFS) is exportDestinationUnwritable, translated, leaving nothing', async () => {
    const readOnly = path.join(dir, 'ổ chỉ đọc');
    fs.mkdirSync(readOnly);
    const restore = makeReadOnly(readOnly, 'EROFS');
    try {
      const error = await exportArticleTo(library, article.id, { format: 'docx', outDir: readOnly }).catch((caught: unknown) => caught as NewsdeskError);
      expect(error).toMatchObject({ code: 'exportDestinationUnwritable', params: { path: readOnly, reason: 'EROFS' } });
      expect(messages(error as NewsdeskError)).toEqual([`Cannot write to the folder ${readOnly}: EROFS`, `Không ghi được vào thư mục ${readOnly}: EROFS`]);
      expect(fs.readdirSync(readOnly)).toEqual([]);
    } finally {
      restore();
    }
  });
});

describe('a photo the store cannot give', () => {
  const moved: [string, string][] = [];
  afterEach(() => {
    for (const [from, to] of moved.splice(0)) fs.renameSync(from, to);
  });

  async function originalOf(photo: Photo): Promise<string> {
    return (await library.photos.photoFile(photo.id, 'original')).path;
  }

  it('an original missing from the store refuses the export, naming the figure and the photo', async () => {
    const original = await originalOf(photos[1]!);
    fs.renameSync(original, `${original}.aside`);
    moved.push([`${original}.aside`, original]);
    for (const format of ['docx', 'zip']) {
      const error = await failedExport({ format });
      expect(error).toMatchObject({ code: 'exportPhotoMissing', params: { figure: 2, name: 'anh-2.jpg' } });
      expect(messages(error)).toEqual([
        'The photo of figure 2 (“anh-2.jpg”) is missing from the photo store. Attach the photo again or remove the figure, then export again.',
        'Ảnh của khung ảnh 2 (“anh-2.jpg”) không còn trong kho ảnh. Hãy gắn lại ảnh hoặc xóa khung ảnh đó rồi xuất lại.',
      ]);
    }
  });

  it('a 0-byte photo refuses the export as an empty file', async () => {
    const original = await originalOf(photos[0]!);
    fs.copyFileSync(original, `${original}.aside`);
    moved.push([`${original}.aside`, original]);
    fs.truncateSync(original, 0);
    // The snapshot before the failed export sees the truncated file too: the export must not touch it.
    const error = await failedExport({ format: 'html' });
    expect(error).toMatchObject({ code: 'exportPhotoEmpty', params: { figure: 1, name: 'anh-1.jpg' } });
    expect(messages(error)[0]).toBe('The photo of figure 1 (“anh-1.jpg”) is an empty file in the photo store. Attach the photo again, then export again.');
  });

  it('a lost display size is made again from the original, and the export succeeds', async () => {
    const display = (await library.photos.photoFile(photos[0]!.id, 'display')).path;
    fs.rmSync(display);
    const written = await exportArticleTo(library, article.id, { format: 'docx', outDir: destination() });
    expect(fs.existsSync(written.path)).toBe(true);
    expect(fs.existsSync(display)).toBe(true);
  });
});

describe('a cancel', () => {
  it('before anything is written: exportCancelled, nothing written', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failedExport({ format: 'docx' }, { signal: controller.signal });
    expect(messages(error)).toEqual(['Export cancelled; nothing was written', 'Đã hủy xuất bài; không có tệp nào được ghi']);
  });

  it('halfway through the package: exportCancelled, nothing written, no temporary folder left', async () => {
    const controller = new AbortController();
    const onProgress = (step: { phase: string; done: number }) => {
      if (step.phase === 'packaging' && step.done === 1) controller.abort();
    };
    const error = await failedExport({ format: 'zip' }, { signal: controller.signal, onProgress });
    expect(error.code).toBe('exportCancelled');
  });
});

describe('PDF printing', () => {
  it('without a Chromium: exportNeedsChromium, one line saying how to get one', async () => {
    const nowhere = findChromium({ env: { CHROME_PATH: path.join(dir, 'không có', 'chromium') } });
    expect(nowhere).toBeUndefined();
    const error = await failedExport({ format: 'pdf' }, { pdfPrinter: chromiumPdfPrinter({ chromium: nowhere }) });
    expect(messages(error)[0]).toBe('PDF export needs Chromium: install it (e.g. apt-get install chromium) or set CHROME_PATH to its program');
  });

  it('a Chromium that cannot start for want of a system library: that library named, nothing written', async () => {
    const broken = path.join(dir, 'chromium thiếu thư viện');
    fs.writeFileSync(broken, '#!/bin/sh\necho "$0: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127\n', { mode: 0o755 });
    const error = await failedExport({ format: 'pdf' }, { pdfPrinter: chromiumPdfPrinter({ chromium: { source: 'CHROME_PATH', executablePath: broken } }) });
    expect(error.code).toBe('exportPdfFailed');
    expect(messages(error)[0]).toBe('Could not print the PDF: error while loading shared libraries: libnss3.so: cannot open shared object file');
  });

  it('a printer that fails: its error, nothing written', async () => {
    const failing = { print: () => Promise.reject(new NewsdeskError('exportPdfFailed', { reason: 'Target page crashed' })) };
    const error = await failedExport({ format: 'pdf' }, { pdfPrinter: failing });
    expect(messages(error)[0]).toBe('Could not print the PDF: Target page crashed');
  });
});
