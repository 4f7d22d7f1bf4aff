// The big cases: an 80-megapixel JPEG and a 200 MB file import whole, streamed (hash and copy never hold the
// file in memory; libvips decodes in strips). Their memory is measured in bench/photoImport.bench.ts, not here:
// tests assert behaviour, never timings or sizes of the process.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { twoColourJpeg } from './photoFixtures';

let dir: string;
let library: Library;

beforeAll(() => {
  dir = makeTempDir('newsdesk-large-photos');
  library = openLibrary(path.join(dir, 'library'));
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function importOne(file: string) {
  const [outcome] = await library.photos.importPhotos([file]);
  if (!outcome?.ok) throw new Error(`not imported: ${JSON.stringify(outcome)}`);
  return outcome.photo;
}

describe('large photos', () => {
  it('imports an 80-megapixel JPEG (10,328 × 7,760)', async () => {
    const file = path.join(dir, 'camera-80mp.jpg');
    fs.writeFileSync(file, await twoColourJpeg(10_328, 7_760, { quality: 50 }));
    const photo = await importOne(file);
    expect(photo).toMatchObject({ width: 10_328, height: 7_760, bytes: fs.statSync(file).size, hash: await sha256(file) });
    expect(await sharp((await library.photos.photoFile(photo.id, 'display')).path).metadata()).toMatchObject({ width: 1600, height: 1202 });
  });

  it('imports a 200 MB file (an uncompressed 8,200 × 8,200 TIFF), its copy identical', async () => {
    const file = path.join(dir, 'scan-200mb.tif');
    await sharp({ create: { width: 8200, height: 8200, channels: 3, background: { r: 30, g: 60, b: 220 } } })
      .tiff({ compression: 'none' })
      .toFile(file);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(200 * 1000 * 1000);
    const photo = await importOne(file);
    expect(photo).toMatchObject({ width: 8200, height: 8200, bytes: size, mime: 'image/tiff' });
    const { path: original } = await library.photos.photoFile(photo.id, 'original');
    expect(await sha256(original)).toBe(photo.hash);
    expect(await sha256(file)).toBe(photo.hash);
    expect(await sharp((await library.photos.photoFile(photo.id, 'thumb')).path).metadata()).toMatchObject({ width: 320, height: 320 });
  });
});
