// The zip records a backup writes (PKZIP APPNOTE 6.3, stored entries only): local header, data descriptor,
// central directory header, end of central directory, with their ZIP64 forms. A size or an offset that does
// not fit in 32 bits is written as 0xffffffff with the real value in the ZIP64 extra field.

export interface CentralRecord {
  name: string;
  crc32: number;
  bytes: number;
  /** Where its local header starts. */
  offset: number;
  /** ZIP64 sizes in its local header's extra field and its data descriptor. */
  zip64: boolean;
  /** Sizes and CRC-32 follow the data (the data was streamed) instead of being in the local header. */
  descriptor: boolean;
}

const max32 = 0xffffffff;
const utf8Names = 0x0800;
const hasDescriptor = 0x0008;
/** Made by Unix (3), to version 6.3 of the note; 2.0 needed to read a stored entry, 4.5 for ZIP64. */
const madeBy = (3 << 8) | 63;
const needed = (zip64: boolean) => (zip64 ? 45 : 20);
/** 1980-01-01 00:00, the earliest DOS date: entries carry no time (the manifest has the backup's). */
const dosDate = (1 << 5) | 1;
const regularFile = (0o100644 << 16) >>> 0;

function u64(value: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64LE(BigInt(value));
  return buffer;
}

function zip64Extra(values: number[]): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16LE(0x0001, 0);
  header.writeUInt16LE(values.length * 8, 2);
  return Buffer.concat([header, ...values.map(u64)]);
}

function localHeader(record: CentralRecord): Buffer {
  const name = Buffer.from(record.name, 'utf8');
  // Streamed: the sizes are not known yet (zero here, in the descriptor after the data).
  const size = record.descriptor ? 0 : record.bytes;
  const extra = record.zip64 ? zip64Extra([size, size]) : Buffer.alloc(0);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(needed(record.zip64), 4);
  header.writeUInt16LE(utf8Names | (record.descriptor ? hasDescriptor : 0), 6);
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(dosDate, 12);
  header.writeUInt32LE(record.descriptor ? 0 : record.crc32, 14);
  header.writeUInt32LE(record.zip64 ? max32 : size, 18);
  header.writeUInt32LE(record.zip64 ? max32 : size, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, name, extra]);
}

function dataDescriptor(record: CentralRecord): Buffer {
  const sizes = record.zip64 ? Buffer.concat([u64(record.bytes), u64(record.bytes)]) : Buffer.alloc(8);
  if (!record.zip64) {
    sizes.writeUInt32LE(record.bytes, 0);
    sizes.writeUInt32LE(record.bytes, 4);
  }
  const head = Buffer.alloc(8);
  head.writeUInt32LE(0x08074b50, 0);
  head.writeUInt32LE(record.crc32, 4);
  return Buffer.concat([head, sizes]);
}

function centralHeader(record: CentralRecord): Buffer {
  const name = Buffer.from(record.name, 'utf8');
  const wide = record.zip64 || record.offset >= max32;
  const extra = wide ? zip64Extra([record.bytes, record.bytes, record.offset]) : Buffer.alloc(0);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(madeBy, 4);
  header.writeUInt16LE(needed(wide), 6);
  header.writeUInt16LE(utf8Names | (record.descriptor ? hasDescriptor : 0), 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(0, 12);
  header.writeUInt16LE(dosDate, 14);
  header.writeUInt32LE(record.crc32, 16);
  header.writeUInt32LE(wide ? max32 : record.bytes, 20);
  header.writeUInt32LE(wide ? max32 : record.bytes, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  // comment length, disk number, internal attributes: all 0
  header.writeUInt32LE(regularFile, 38);
  header.writeUInt32LE(wide ? max32 : record.offset, 42);
  return Buffer.concat([header, name, extra]);
}

/** The end records; the ZIP64 ones too when a count, size or offset needs them (or when asked). */
function end(count: number, directoryStart: number, directoryBytes: number, forceZip64: boolean): Buffer {
  const zip64 = forceZip64 || count >= 0xffff || directoryStart >= max32 || directoryBytes >= max32;
  const parts: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4); // the record's size after this field
    record.writeUInt16LE(madeBy, 12);
    record.writeUInt16LE(45, 14);
    // this disk, the directory's disk: 0
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(directoryBytes), 40);
    record.writeBigUInt64LE(BigInt(directoryStart), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(directoryStart + directoryBytes), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? 0xffff : count, 8);
  eocd.writeUInt16LE(zip64 ? 0xffff : count, 10);
  eocd.writeUInt32LE(zip64 ? max32 : directoryBytes, 12);
  eocd.writeUInt32LE(zip64 ? max32 : directoryStart, 16);
  parts.push(eocd);
  return Buffer.concat(parts);
}

export const zipRecords = { localHeader, dataDescriptor, centralHeader, end };
