// Photos made by code for the photo tests: sharp draws them, exiftool writes their metadata, and the bad
// files (truncated, disguised, pixel bomb) are built byte by byte. Nothing binary is committed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ExifTool, type WriteTags } from 'exiftool-vendored';
import sharp from 'sharp';
import yazl from 'yazl';
import { afterAll } from 'vitest';

export const red = { r: 220, g: 30, b: 30 };
export const blue = { r: 30, g: 60, b: 220 };

/** Left half red, right half blue: which way up a derivative is shows in its pixels. */
export async function twoColourJpeg(width: number, height: number, options: { quality?: number } = {}): Promise<Buffer> {
  const half = Math.floor(width / 2);
  return sharp({ create: { width, height, channels: 3, background: red } })
    .composite([{ input: { create: { width: width - half, height, channels: 3, background: blue } }, left: half, top: 0 }])
    .jpeg({ quality: options.quality ?? 90 })
    .toBuffer();
}

/** A photo-like JPEG (noise compresses like a real scene), distinct for each seed. */
export async function noiseJpeg(width: number, height: number, seed = 0, quality = 80): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 100 + (seed % 50), sigma: 30 } } })
    .jpeg({ quality })
    .toBuffer();
}

export async function solidImage(format: 'png' | 'webp' | 'tiff' | 'avif', width = 64, height = 48, alpha = false): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 0, g: 0, b: 0, alpha: 0 } : blue } });
  return image.toFormat(format).toBuffer();
}

/** A valid PNG header declaring width × height, with a tiny IDAT: a few hundred bytes that would decode to gigabytes. */
export function pixelBombPng(width = 50_000, height = 50_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function pdfBytes(): Buffer {
  return Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

/** A real zip archive (of a photo, even), as yazl writes it. */
export async function zipBytes(inside: Buffer): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(inside, 'anh-hoi-nghi.jpg');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** An ISO-BMFF header with the HEIC brands, as an iPhone writes it (header only). */
export function heicHeader(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
  return Buffer.concat([ftyp, Buffer.alloc(200)]);
}

export function writeFile(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** One exiftool process per test file, ended after it. */
export function useExifTool(): (file: string, tags: Record<string, unknown>, extraArgs?: string[]) => Promise<void> {
  let exiftool: ExifTool | undefined;
  afterAll(async () => {
    await exiftool?.end();
  });
  return async (file, tags, extraArgs = []) => {
    exiftool ??= new ExifTool({ maxProcs: 1 });
    await exiftool.write(file, tags as WriteTags, { writeArgs: ['-overwrite_original', ...extraArgs] });
  };
}

/** Every file under a folder (relative paths, sorted): what a failed import must leave unchanged. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
