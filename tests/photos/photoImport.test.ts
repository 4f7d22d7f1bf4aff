// Importing into the managed photo store: content-addressed originals (stored once), upright derivatives made
// once, the photo's own metadata pre-filled, every format Newsdesk takes, from a path or from bytes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../library/openLibrary';
import type { ImportOutcome } from '../../photos/photoStore';
import type { Photo } from '../../contract/schemas/photo';
import { useTempDirs } from '../helpers/tempDir';
import { blue, listFiles, red, solidImage, twoColourJpeg, useExifTool, writeFile } from './photoFixtures';

const tempDir = useTempDirs('newsdesk-photo-import');
const writeTags = useExifTool();

let dataDir: string;
let inbox: string;
let library: Library;

beforeEach(() => {
  dataDir = tempDir();
  inbox = tempDir();
  library = openLibrary(dataDir);
});

afterEach(() => library.close());

function imported(outcome: ImportOutcome | undefined): { photo: Photo; duplicate: boolean } {
  if (!outcome?.ok) throw new Error(`expected an import, got ${JSON.stringify(outcome)}`);
  return outcome;
}

async function pixel(file: string, x: number, y: number): Promise<{ r: number; g: number; b: number }> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return { r: data[at]!, g: data[at + 1]!, b: data[at + 2]! };
}

function near(actual: { r: number; g: number; b: number }, expected: { r: number; g: number; b: number }): boolean {
  return Math.abs(actual.r - expected.r) < 40 && Math.abs(actual.g - expected.g) < 40 && Math.abs(actual.b - expected.b) < 40;
}

describe('importing a photo', () => {
  it('copies the original under its SHA-256, records it, and makes both derivatives', async () => {
    const bytes = await twoColourJpeg(2400, 1600);
    const file = writeFile(inbox, 'Hội nghị.jpg'.normalize('NFD'), bytes);
    const { photo, duplicate } = imported((await library.photos.importPhotos([file]))[0]);
    const hash = createHash('sha256').update(bytes).digest('hex');
    expect(duplicate).toBe(false);
    expect(photo).toMatchObject({ hash, name: 'Hội nghị.jpg', mime: 'image/jpeg', bytes: bytes.length, width: 2400, height: 1600, takenAt: null });
    expect(photo.importedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(library.photos.get(photo.id)).toEqual(photo);

    const original = path.join(dataDir, 'photos/originals', hash.slice(0, 2), `${hash}.jpg`);
    expect(fs.readFileSync(original).equals(bytes)).toBe(true);
    expect(await library.photos.photoFile(photo.id, 'original')).toEqual({ path: original, mime: 'image/jpeg' });
    const display = await library.photos.photoFile(photo.id, 'display');
    const thumb = await library.photos.photoFile(photo.id, 'thumb');
    expect(display.path).toBe(path.join(dataDir, 'photos/derived', `${hash}-display.jpg`));
    expect(await sharp(display.path).metadata()).toMatchObject({ format: 'jpeg', width: 1600, height: 1067 });
    expect(await sharp(thumb.path).metadata()).toMatchObject({ format: 'jpeg', width: 320, height: 213 });
    expect(listFiles(path.join(dataDir, 'photos'))).toEqual([`derived/${hash}-display.jpg`, `derived/${hash}-thumb.jpg`, `originals/${hash.slice(0, 2)}/${hash}.jpg`]);
  });

  it('stores the same photo once: a second import, under any name or as bytes, returns the same id', async () => {
    const bytes = await twoColourJpeg(300, 200);
    const first = imported((await library.photos.importPhotos([writeFile(inbox, 'a.jpg', bytes)]))[0]);
    const again = await library.photos.importPhotos([writeFile(inbox, 'copy of a.jpg', bytes), { name: 'dropped.jpg', bytes }]);
    expect(again.map((outcome) => imported(outcome).photo.id)).toEqual([first.photo.id, first.photo.id]);
    expect(again.map((outcome) => imported(outcome).duplicate)).toEqual([true, true]);
    expect(library.db.prepare('SELECT count(*) AS n FROM photos').get()).toEqual({ n: 1 });
    expect(listFiles(path.join(dataDir, 'photos/originals'))).toHaveLength(1);
  });

  it('stores the same photo once when one import brings it twice, side by side with other photos', async () => {
    const bytes = await twoColourJpeg(300, 200);
    const other = await twoColourJpeg(200, 300);
    const outcomes = await library.photos.importPhotos([
      writeFile(inbox, 'a.jpg', bytes),
      writeFile(inbox, 'again a.jpg', bytes),
      writeFile(inbox, 'b.jpg', other),
      { name: 'a once more.jpg', bytes },
    ]);
    expect(outcomes.map((outcome) => path.basename(outcome.name))).toEqual(['a.jpg', 'again a.jpg', 'b.jpg', 'a once more.jpg']);
    const [a, again, b, more] = outcomes.map(imported);
    expect([a!.duplicate, again!.duplicate, b!.duplicate, more!.duplicate]).toEqual([false, true, false, true]);
    expect([again!.photo.id, more!.photo.id]).toEqual([a!.photo.id, a!.photo.id]);
    expect(b!.photo.id).not.toBe(a!.photo.id);
    expect(library.db.prepare('SELECT count(*) AS n FROM photos').get()).toEqual({ n: 2 });
    expect(listFiles(path.join(dataDir, 'photos/originals'))).toHaveLength(2);
  });

  it('numbers the photos in the order they were given, though two are worked at once (a slow first one too)', async () => {
    const slow = await twoColourJpeg(3000, 2000);
    const quick = await Promise.all([twoColourJpeg(120, 80), twoColourJpeg(80, 120), twoColourJpeg(100, 100)]);
    const outcomes = await library.photos.importPhotos([
      { name: 'slow.jpg', bytes: slow },
      ...quick.map((bytes, index) => ({ name: `quick-${index}.jpg`, bytes })),
    ]);
    const ids = outcomes.map((outcome) => imported(outcome).photo.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(4);
  });

  it('applies EXIF orientation 6: width and height swapped, derivatives upright', async () => {
    // Stored 600×400, left half red, right half blue; orientation 6 means "turn 90° clockwise to view",
    // so upright the red half is on top.
    const file = writeFile(inbox, 'xoay.jpg', await twoColourJpeg(600, 400));
    await writeTags(file, { 'EXIF:Orientation#': 6 });
    const { photo } = imported((await library.photos.importPhotos([file]))[0]);
    expect([photo.width, photo.height]).toEqual([400, 600]);
    for (const size of ['display', 'thumb'] as const) {
      const { path: derived } = await library.photos.photoFile(photo.id, size);
      const { width = 0, height = 0 } = await sharp(derived).metadata();
      expect(height).toBeGreaterThan(width);
      expect(near(await pixel(derived, Math.floor(width / 2), 5), red)).toBe(true);
      expect(near(await pixel(derived, Math.floor(width / 2), height - 5), blue)).toBe(true);
    }
  });

  it('pre-fills caption, credit, creator and copyright from the photo’s metadata', async () => {
    const file = writeFile(inbox, 'dhdb.jpg', await twoColourJpeg(64, 48));
    await writeTags(file, {
      'XMP-dc:Description': 'Quang cảnh Hội nghị',
      'XMP-photoshop:Credit': 'Ảnh: TTXVN',
      'XMP-dc:Creator': ['Thống Nhất'],
      'XMP-dc:Rights': '© TTXVN',
      'EXIF:DateTimeOriginal': '2022:01:12 09:30:00',
    });
    const { photo } = imported((await library.photos.importPhotos([file]))[0]);
    expect(photo).toMatchObject({ caption: 'Quang cảnh Hội nghị', credit: 'Ảnh: TTXVN', creator: 'Thống Nhất', copyright: '© TTXVN', takenAt: '2022-01-12T09:30:00' });
  });

  it('takes PNG (alpha flattened on white), WebP, TIFF and AVIF, from bytes as from paths', async () => {
    const sources = [
      { name: 'do-hoa.png', bytes: await solidImage('png', 64, 48, true) },
      { name: 'anh.webp', bytes: await solidImage('webp') },
      { name: 'scan.tif', bytes: await solidImage('tiff') },
      { name: 'anh.avif', bytes: await solidImage('avif') },
    ];
    const outcomes = await library.photos.importPhotos(sources);
    expect(outcomes.map((outcome) => imported(outcome).photo.mime)).toEqual(['image/png', 'image/webp', 'image/tiff', 'image/avif']);
    const exts = listFiles(path.join(dataDir, 'photos/originals')).map((file) => path.extname(file));
    expect(exts.sort()).toEqual(['.avif', '.png', '.tif', '.webp']);
    const png = imported(outcomes[0]).photo;
    expect(near(await pixel((await library.photos.photoFile(png.id, 'thumb')).path, 10, 10), { r: 255, g: 255, b: 255 })).toBe(true);
  });

  it('never enlarges a small photo, and keeps only the last segment of a name sent with bytes', async () => {
    const [outcome] = await library.photos.importPhotos([{ name: '../../etc/Ảnh nhỏ.jpg', bytes: await twoColourJpeg(200, 100) }]);
    const { photo } = imported(outcome);
    expect(photo.name).toBe('Ảnh nhỏ.jpg');
    expect(await sharp((await library.photos.photoFile(photo.id, 'display')).path).metadata()).toMatchObject({ width: 200, height: 100 });
    expect(await sharp((await library.photos.photoFile(photo.id, 'thumb')).path).metadata()).toMatchObject({ width: 200, height: 100 });
  });

  it('makes a lost derivative again, once, from the original', async () => {
    const { photo } = imported((await library.photos.importPhotos([{ name: 'a.jpg', bytes: await twoColourJpeg(800, 600) }]))[0]);
    const { path: thumb } = await library.photos.photoFile(photo.id, 'thumb');
    fs.rmSync(path.join(dataDir, 'photos/derived'), { recursive: true });
    const [again, same] = await Promise.all([library.photos.photoFile(photo.id, 'thumb'), library.photos.photoFile(photo.id, 'display')]);
    expect(again.path).toBe(thumb);
    expect(await sharp(again.path).metadata()).toMatchObject({ width: 320, height: 240 });
    expect(await sharp(same.path).metadata()).toMatchObject({ width: 800, height: 600 });
  });

  it('restores a lost original when the same photo is imported again', async () => {
    const bytes = await twoColourJpeg(100, 100);
    const { photo } = imported((await library.photos.importPhotos([{ name: 'a.jpg', bytes }]))[0]);
    const { path: original } = await library.photos.photoFile(photo.id, 'original');
    fs.rmSync(original);
    await expect(library.photos.photoFile(photo.id, 'original')).rejects.toMatchObject({ code: 'photoNotFound' });
    expect(imported((await library.photos.importPhotos([{ name: 'a.jpg', bytes }]))[0]).photo.id).toBe(photo.id);
    expect(fs.readFileSync(original).equals(bytes)).toBe(true);
  });

  it('edits a caption and credit (NFC, trimmed) and refuses an unknown photo id', async () => {
    const { photo } = imported((await library.photos.importPhotos([{ name: 'a.jpg', bytes: await twoColourJpeg(40, 40) }]))[0]);
    const edited = library.photos.update(photo.id, { caption: '  Quang cảnh\nHội nghị '.normalize('NFD') });
    expect(edited).toMatchObject({ caption: 'Quang cảnh\nHội nghị', credit: '' });
    expect(library.photos.update(photo.id, { credit: 'Ảnh: Minh Khôi' })).toMatchObject({ caption: 'Quang cảnh\nHội nghị', credit: 'Ảnh: Minh Khôi' });
    expect(() => library.photos.update(999, { caption: 'x' })).toThrow(expect.objectContaining({ code: 'photoNotFound', params: { id: 999 } }));
    await expect(library.photos.photoFile(999, 'thumb')).rejects.toMatchObject({ code: 'photoNotFound' });
    expect(library.photos.getMany([999, photo.id, 998])).toEqual([library.photos.get(photo.id)]);
  });
});
