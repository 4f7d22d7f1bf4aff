// Finds the raw IPTC-IIM block of a photo without reading the whole file: in a JPEG, the Photoshop APP13
// segments before the image data; in a TIFF, IFD0's IPTC-NAA tag (33723) or its Photoshop tag (34377). Other
// formats carry their metadata as XMP, which exifr reads.
import fs from 'node:fs';
import type { PhotoFormat } from '../sniffFormat';

const photoshopSignature = Buffer.from('Photoshop 3.0\0', 'latin1');
const iptcResourceId = 0x0404;
/** No real header is anywhere near this; a hostile file cannot make us read more. */
const maxHeaderBytes = 16 * 1024 * 1024;

export async function findIim(file: string, format: PhotoFormat): Promise<Uint8Array | null> {
  if (format !== 'jpeg' && format !== 'tiff') return null;
  const handle = await fs.promises.open(file, 'r');
  try {
    return format === 'jpeg' ? await iimInJpeg(handle) : await iimInTiff(handle);
  } finally {
    await handle.close();
  }
}

async function iimInJpeg(handle: fs.promises.FileHandle): Promise<Uint8Array | null> {
  const resources: Buffer[] = [];
  let offset = 2;
  while (offset < maxHeaderBytes) {
    const marker = await readAt(handle, offset, 4);
    if (marker.length < 4 || marker[0] !== 0xff) break;
    const type = marker[1]!;
    if (type === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (type === 0xda || type === 0xd9) break; // start of scan, end of image: no more metadata
    if (type === 0x01 || (type >= 0xd0 && type <= 0xd7)) {
      offset += 2;
      continue;
    }
    const length = marker.readUInt16BE(2);
    if (type === 0xed && length > 2) {
      const payload = await readAt(handle, offset + 4, length - 2);
      if (payload.subarray(0, photoshopSignature.length).equals(photoshopSignature)) resources.push(payload.subarray(photoshopSignature.length));
    }
    offset += 2 + length;
  }
  // A big Photoshop block is split over consecutive APP13 segments.
  return resources.length > 0 ? iptcResource(Buffer.concat(resources)) : null;
}

/** Walks Photoshop image resources ("8BIM", id, padded Pascal name, size, data padded to even) for 0x0404. */
export function iptcResource(data: Buffer): Uint8Array | null {
  let offset = 0;
  while (offset + 12 <= data.length && data.toString('latin1', offset, offset + 4) === '8BIM') {
    const id = data.readUInt16BE(offset + 4);
    const nameLength = data[offset + 6]!;
    const nameField = nameLength + 1 + ((nameLength + 1) % 2);
    const sizeAt = offset + 6 + nameField;
    if (sizeAt + 4 > data.length) break;
    const size = data.readUInt32BE(sizeAt);
    const start = sizeAt + 4;
    if (start + size > data.length) break;
    if (id === iptcResourceId) return data.subarray(start, start + size);
    offset = start + size + (size % 2);
  }
  return null;
}

async function iimInTiff(handle: fs.promises.FileHandle): Promise<Uint8Array | null> {
  const header = await readAt(handle, 0, 8);
  if (header.length < 8) return null;
  const little = header.toString('latin1', 0, 2) === 'II';
  const u16 = (buffer: Buffer, at: number) => (little ? buffer.readUInt16LE(at) : buffer.readUInt16BE(at));
  const u32 = (buffer: Buffer, at: number) => (little ? buffer.readUInt32LE(at) : buffer.readUInt32BE(at));
  if (u16(header, 2) !== 42) return null; // BigTIFF keeps its IPTC elsewhere; rare enough for news photos
  const ifd = u32(header, 4);
  const count = u16(await readAt(handle, ifd, 2), 0);
  const entries = await readAt(handle, ifd + 2, Math.min(count, 4096) * 12);
  const typeSizes: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 7: 1, 13: 4 };
  let photoshop: Buffer | null = null;
  for (let at = 0; at + 12 <= entries.length; at += 12) {
    const tag = u16(entries, at);
    if (tag !== 33723 && tag !== 34377) continue;
    const size = (typeSizes[u16(entries, at + 2)] ?? 0) * u32(entries, at + 4);
    if (size === 0 || size > maxHeaderBytes) continue;
    const value = size <= 4 ? entries.subarray(at + 8, at + 8 + size) : await readAt(handle, u32(entries, at + 8), size);
    if (tag === 33723) return value;
    photoshop = value;
  }
  return photoshop ? iptcResource(photoshop) : null;
}

async function readAt(handle: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
