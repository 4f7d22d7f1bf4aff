// Bad input is refused with a clear, translated error naming the file, and leaves everything as it was: the
// store's files and rows, the article, the other photos of the batch. No partial or temporary file remains,
// even when the disk fails half-way (injected).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import type { NewsdeskError } from '../../common/errors/newsdeskError';
import { readsHeic } from '../../photos/loadSharp';
import type { ImportOutcome } from '../../photos/photoStore';
import { openLibrary, type Library } from '../../library/openLibrary';
import { docOf } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { heicHeader, listFiles, noiseJpeg, pdfBytes, pixelBombPng, solidImage, twoColourJpeg, writeFile, zipBytes } from './photoFixtures';

const tempDir = useTempDirs('newsdesk-photo-refusals');
const english = createTranslator('en');
const vietnamese = createTranslator('vi');

let dataDir: string;
let inbox: string;
let library: Library;
let goodJpeg: Buffer;

beforeAll(async () => {
  goodJpeg = await twoColourJpeg(640, 480);
});

beforeEach(() => {
  dataDir = tempDir();
  inbox = tempDir();
  library = openLibrary(dataDir);
});

afterEach(() => {
  vi.restoreAllMocks();
  library.close();
});

/** Everything the import could have touched. */
function snapshot() {
  return {
    files: listFiles(path.join(dataDir, 'photos')),
    photos: library.db.prepare('SELECT * FROM photos ORDER BY id').all(),
    links: library.db.prepare('SELECT * FROM article_photos ORDER BY article_id, position').all(),
    articles: library.db.prepare('SELECT id, hex(body) AS body, updated_at FROM articles ORDER BY id').all(),
  };
}

function refusal(outcome: ImportOutcome | undefined): NewsdeskError {
  if (!outcome || outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}

/** Imports one good photo first, so the store is not empty and its folders exist, then `file` alone. */
async function refuse(source: string | { name: string; bytes: Uint8Array }) {
  const { id } = library.articles.create({ body: docOf(['Tin ảnh']) });
  await library.photos.importPhotos([{ name: 'good.jpg', bytes: goodJpeg }], { articleId: id });
  const before = snapshot();
  const outcomes = await library.photos.importPhotos([source], { articleId: id });
  expect(outcomes).toHaveLength(1);
  expect(snapshot()).toEqual(before);
  const error = refusal(outcomes[0]);
  const name = typeof source === 'string' ? source : source.name;
  const [en, vi] = [translateError(english, error.code, error.params), translateError(vietnamese, error.code, error.params)];
  expect(en).toContain(`“${name}”`);
  expect(vi).toContain(`“${name}”`);
  expect(vi).not.toBe(en);
  return { error, en, vi };
}

describe('refused photos', () => {
  it('a truncated JPEG', async () => {
    const whole = await noiseJpeg(1200, 800);
    const { error, en, vi } = await refuse(writeFile(inbox, 'cut.jpg', whole.subarray(0, Math.floor(whole.length * 0.6))));
    expect(error.code).toBe('photoDamaged');
    expect(en).toMatch(/damaged or incomplete/);
    expect(vi).toMatch(/bị hỏng hoặc không đầy đủ/);
  });

  it('a .jpg that is really a PDF', async () => {
    const { error, en } = await refuse(writeFile(inbox, 'Ảnh hội nghị.jpg', pdfBytes()));
    expect(error).toMatchObject({ code: 'photoFormatUnsupported', params: { format: 'PDF' } });
    expect(en).toBe('“' + path.join(inbox, 'Ảnh hội nghị.jpg') + '” is a PDF file, not a photo Newsdesk can use. Use JPEG, PNG, WebP, TIFF or AVIF.');
  });

  it('a .jpg that is really a zip', async () => {
    const { error, vi } = await refuse(writeFile(inbox, 'anh.jpg', await zipBytes(goodJpeg)));
    expect(error).toMatchObject({ code: 'photoFormatUnsupported', params: { format: 'ZIP' } });
    expect(vi).toContain('có định dạng ZIP');
  });

  it('a 0-byte file, from disk or as bytes', async () => {
    expect((await refuse(writeFile(inbox, 'empty.jpg', Buffer.alloc(0)))).error.code).toBe('photoEmpty');
    expect((await refuse({ name: 'dropped.jpg', bytes: new Uint8Array(0) })).error.code).toBe('photoEmpty');
  });

  it('a pixel bomb: a PNG of a few hundred bytes declaring 50,000 × 50,000', async () => {
    const bomb = pixelBombPng();
    expect(bomb.length).toBeLessThan(4096);
    const { error, en } = await refuse(writeFile(inbox, 'bomb.png', bomb));
    expect(error).toMatchObject({ code: 'photoTooManyPixels', params: { width: 50_000, height: 50_000, limit: 100 } });
    expect(en).toContain('50000 × 50000 pixels, more than the 100 megapixels');
  });

  it('an unreadable file: missing, a folder', async () => {
    expect((await refuse(path.join(inbox, 'không có.jpg'))).error.code).toBe('photoFileMissing');
    const folder = path.join(inbox, 'Ảnh.jpg');
    fs.mkdirSync(folder);
    expect((await refuse(folder)).error.code).toBe('photoIsFolder');
  });

  it('unknown bytes, and a file named .jpg holding text', async () => {
    expect((await refuse(writeFile(inbox, 'ghi-chu.jpg', Buffer.from('Ghi chú phỏng vấn', 'utf8')))).error.code).toBe('photoFormatUnknown');
  });

  it('HEIC, which sharp’s bundled libvips cannot decode (no HEVC)', async () => {
    const { error } = await refuse(writeFile(inbox, 'IMG_0001.HEIC', heicHeader()));
    // With a libvips that has an HEVC decoder this header-only file gets as far as decoding, and is damaged.
    if (await readsHeic()) expect(error.code).toBe('photoDamaged');
    else expect(error).toMatchObject({ code: 'photoFormatUnsupported', params: { format: 'HEIC' } });
  });

  it('a file over the size limit', async () => {
    library.close();
    const { PhotoStore } = await import('../../photos/photoStore');
    library = openLibrary(dataDir);
    const small = new PhotoStore(library.db, dataDir, { maxPixels: 100_000_000, maxBytes: 1000 });
    const [outcome] = await small.importPhotos([writeFile(inbox, 'big.jpg', goodJpeg)]);
    expect(refusal(outcome)).toMatchObject({ code: 'photoTooLarge', params: { limit: 0 } });
    expect(listFiles(path.join(dataDir, 'photos'))).toEqual([]);
  });
});

describe('a batch', () => {
  it('of 20 with one bad imports the 19, in order, and reports the one', async () => {
    const { id } = library.articles.create({ body: docOf(['Tin ảnh']) });
    const sources: (string | { name: string; bytes: Buffer })[] = [];
    for (let i = 0; i < 20; i++) {
      sources.push(i === 13 ? writeFile(inbox, 'hong.jpg', (await noiseJpeg(400, 300, i)).subarray(0, 3000)) : { name: `anh-${i}.jpg`, bytes: await noiseJpeg(120, 90, i) });
    }
    const outcomes = await library.photos.importPhotos(sources, { articleId: id });
    expect(outcomes.map((outcome) => outcome.ok)).toEqual(sources.map((_, i) => i !== 13));
    expect(refusal(outcomes[13])).toMatchObject({ code: 'photoDamaged', params: { name: path.join(inbox, 'hong.jpg') } });
    expect(library.db.prepare('SELECT count(*) AS n FROM photos').get()).toEqual({ n: 19 });
    expect(listFiles(path.join(dataDir, 'photos'))).toHaveLength(19 * 3);
    // The article holds the 19 until its next save.
    expect(library.photos.listOfArticle(id).map((photo) => photo.name)).toEqual(sources.flatMap((s, i) => (i === 13 ? [] : [`anh-${i}.jpg`])));
  });

  it('for an article that does not exist is refused before anything is stored', async () => {
    await expect(library.photos.importPhotos([{ name: 'a.jpg', bytes: goodJpeg }], { articleId: 404 })).rejects.toMatchObject({ code: 'articleNotFound' });
    expect(listFiles(path.join(dataDir, 'photos'))).toEqual([]);
  });
});

describe('a failing disk (injected)', () => {
  const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });

  /** `fail` is given the big photo's hash: the batch imports two photos at a time, so a fault names its photo. */
  async function failingImport(fail: (hash: string) => void) {
    await library.photos.importPhotos([{ name: 'good.jpg', bytes: goodJpeg }]);
    const before = snapshot();
    const bytes = await noiseJpeg(2000, 1500, 7, 95);
    fail(createHash('sha256').update(bytes).digest('hex'));
    const file = writeFile(inbox, 'Ảnh lớn.jpg', bytes);
    expect(fs.statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);
    const [outcome] = await library.photos.importPhotos([file, { name: 'after.jpg', bytes: await twoColourJpeg(50, 50) }]);
    vi.restoreAllMocks();
    const error = refusal(outcome);
    expect(error).toMatchObject({ code: 'photoNotStored', params: { name: file, reason: 'ENOSPC' } });
    expect(translateError(vietnamese, error.code, error.params)).toBe(`Không lưu được “${file}” vào kho ảnh (ENOSPC); chưa có gì bị thay đổi`);
    return before;
  }

  it('half-way through copying the original: the half-written temporary file is removed', async () => {
    const realOpen = fs.promises.open.bind(fs.promises);
    const before = await failingImport(() => {
      vi.spyOn(fs.promises, 'open').mockImplementation(async (file, flags, mode) => {
        const handle = await realOpen(file, flags, mode);
        if (flags === 'wx' && String(file).includes(`${path.sep}originals${path.sep}`)) {
          const write = handle.write.bind(handle) as (...args: unknown[]) => Promise<unknown>;
          let writes = 0;
          handle.write = (async (...args: unknown[]) => {
            if (++writes > 1) throw noSpace();
            return write(...args);
          }) as typeof handle.write;
        }
        return handle;
      });
    });
    // The next file of the batch went in; nothing of the failed one remains.
    const after = snapshot();
    expect(after.photos).toHaveLength(before.photos.length + 1);
    expect(after.files.filter((file) => !before.files.includes(file))).toHaveLength(3);
    expect(after.files.some((file) => path.basename(file).startsWith('.'))).toBe(false);
  });

  for (const [label, failing] of [
    ['writing the display size', (to: string) => to.endsWith('-display.jpg')],
    ['moving the original into place, after both derivatives were kept', (to: string) => to.includes(`${path.sep}originals${path.sep}`)],
  ] as const) {
    it(`when ${label}: no derivative, no original, no row, no temporary file`, async () => {
      const realRename = fs.promises.rename.bind(fs.promises);
      const renamed: string[] = [];
      const before = await failingImport((hash) => {
        vi.spyOn(fs.promises, 'rename').mockImplementation(async (from, to) => {
          if (failing(String(to)) && String(to).includes(hash) && !renamed.some((done) => failing(done))) {
            renamed.push(String(to));
            throw noSpace();
          }
          return realRename(from, to);
        });
      });
      expect(renamed).toHaveLength(1);
      const after = snapshot();
      expect(after.photos).toHaveLength(before.photos.length + 1);
      expect(after.files.filter((file) => !before.files.includes(file))).toHaveLength(3);
      expect(after.files.some((file) => path.basename(file).startsWith('.'))).toBe(false);
    });
  }
});

it('the sources stay untouched', async () => {
  const file = writeFile(inbox, 'a.png', await solidImage('png'));
  const bytes = fs.readFileSync(file);
  await library.photos.importPhotos([file]);
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
});
