// yazl computes every entry's CRC-32 with buffer-crc32, a byte-at-a-time JavaScript loop: about 85 MB/s here,
// which made it most of a backup's time. Node's zlib.crc32 (Node 20.15+, Electron's Node too) gives the same
// numbers natively, some 25 times faster; yazl looks the function up on buffer-crc32's exports at every chunk,
// so putting the native one there speeds up every zip this process writes, with byte-identical output
// (tests/backup/zipCrc.test.ts checks both).
import zlib from 'node:zlib';
import * as bufferCrc32Module from 'buffer-crc32';

type Crc = (buffer: string | Buffer, previous?: Buffer | number) => number;

// The CommonJS exports object itself (what yazl required), not the frozen namespace around it.
const bufferCrc32 = (bufferCrc32Module as unknown as { default: { unsigned: Crc } }).default;

const nativeCrc32 = (zlib as unknown as { crc32?: (data: Buffer, value?: number) => number }).crc32;

export const javascriptCrc32: Crc = bufferCrc32.unsigned;

export function useNativeCrc32(): void {
  if (!nativeCrc32) return;
  bufferCrc32.unsigned = (buffer: string | Buffer, previous?: Buffer | number) => {
    const start = Buffer.isBuffer(previous) ? previous.readUInt32BE(0) : (previous ?? 0) >>> 0;
    const bytes = typeof buffer === 'string' ? Buffer.from(buffer) : buffer;
    // zlib answers 0 for no bytes at all; the running CRC is what an empty chunk must leave.
    return bytes.length === 0 ? start : nativeCrc32(bytes, start);
  };
}
