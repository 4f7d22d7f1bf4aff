// Draws resources/icon.png (1024×1024), the one icon source: a newspaper page on a rounded navy tile. From it,
// electron-builder makes macOS's .icns and Windows' .ico, and this script scales resources/icons/<n>x<n>.png,
// the set Linux installs in the hicolor theme (electron-builder does not scale a PNG for Linux). Generated
// rather than downloaded; run again after changing it: node scripts/generateIcon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import sharp from 'sharp';

/** The sizes of the Linux icon set (hicolor's fixed sizes up to 512). */
export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512];

const size = 1024;
const navy = [29, 53, 87, 255];
const paper = [248, 246, 240, 255];
const ink = [29, 53, 87, 255];
const grey = [150, 160, 175, 255];
const red = [214, 64, 69, 255];

/** Rectangles in drawing order: [x0, y0, x1, y1, colour]. */
const shapes = [
  [262, 192, 762, 832, paper],
  [322, 262, 702, 342, ink], // masthead
  [322, 362, 702, 374, red], // rule under the masthead
  [322, 414, 502, 574, grey], // photo
  ...[0, 1, 2, 3, 4].map((row) => [532, 414 + row * 36, 702, 430 + row * 36, grey]),
  ...[0, 1, 2, 3, 4, 5].map((row) => [322, 614 + row * 36, row === 5 ? 582 : 702, 630 + row * 36, grey]),
];

function pixel(x, y) {
  const radius = 200;
  const cx = Math.min(Math.max(x, radius), size - 1 - radius);
  const cy = Math.min(Math.max(y, radius), size - 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return [0, 0, 0, 0];
  let colour = navy;
  for (const [x0, y0, x1, y1, fill] of shapes) if (x >= x0 && x < x1 && y >= y0 && y < y1) colour = fill;
  return colour;
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const start = y * (1 + size * 4);
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), start + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Writes <resourcesDir>/icon.png and the Linux set in <resourcesDir>/icons; resolves with the files written. */
export async function writeIcons(resourcesDir) {
  const source = path.join(resourcesDir, 'icon.png');
  fs.mkdirSync(path.join(resourcesDir, 'icons'), { recursive: true });
  fs.writeFileSync(source, iconPng());
  const set = await Promise.all(
    linuxIconSizes.map(async (edge) => {
      const file = path.join(resourcesDir, 'icons', `${edge}x${edge}.png`);
      await sharp(source).resize(edge, edge, { kernel: 'lanczos3' }).png({ compressionLevel: 9 }).toFile(file);
      return file;
    }),
  );
  return [source, ...set];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = await writeIcons(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources'));
  console.log(written.join('\n'));
}
