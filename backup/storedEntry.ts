// Where a stored entry of a backup this Newsdesk wrote lies in its file, byte for byte: its local header, its
// data and (when it was streamed) its data descriptor, with the CRC-32 recorded there. A copied database entry
// takes that CRC-32 instead of computing it again; the read-back of the new file checks it, with the SHA-256,
// against the bytes on disk, so a damaged record is found there, not trusted.
import fs from 'node:fs';
import { zipRecords, type CentralRecord } from './zipRecords';

const localHeaderSignature = 0x04034b50;
const descriptorSignature = 0x08074b50;
const hasDescriptor = 0x0008;

export interface StoredEntry {
  file: string;
  /** The entry as a record of the new zip would have it (its CRC-32 the one its old record says). */
  record: CentralRecord;
  /** Where its local header starts in `file`, and where the entry (data descriptor included) ends. */
  headerOffset: number;
  end: number;
  /** The whole entry is exactly what the new zip's writer would write for `record` at offset 0. */
  sameAsWritten: boolean;
}

/** Reads the entry's local header and data descriptor; undefined when they are not those of a stored entry. */
export function storedEntry(file: string, name: string, at: { headerOffset: number; bytes: number }): StoredEntry | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    const fixed = readAt(fd, at.headerOffset, 30);
    if (fixed.readUInt32LE(0) !== localHeaderSignature || fixed.readUInt16LE(8) !== 0) return undefined;
    const headerBytes = 30 + fixed.readUInt16LE(26) + fixed.readUInt16LE(28);
    const header = readAt(fd, at.headerOffset, headerBytes);
    const dataEnd = at.headerOffset + headerBytes + at.bytes;
    const streamed = (fixed.readUInt16LE(6) & hasDescriptor) !== 0;
    const zip64 = fixed.readUInt32LE(18) === 0xffffffff;
    const record: CentralRecord = { name, crc32: 0, bytes: at.bytes, offset: 0, zip64, descriptor: streamed };
    let end = dataEnd;
    if (streamed) {
      const descriptor = readAt(fd, dataEnd, zip64 ? 24 : 16);
      if (descriptor.readUInt32LE(0) !== descriptorSignature) return undefined;
      record.crc32 = descriptor.readUInt32LE(4);
      end += descriptor.length;
      const ours = zipRecords.localHeader(record).equals(header) && zipRecords.dataDescriptor(record).equals(descriptor);
      return { file, record, headerOffset: at.headerOffset, end, sameAsWritten: at.headerOffset === 0 && ours };
    }
    record.crc32 = fixed.readUInt32LE(14);
    return { file, record, headerOffset: at.headerOffset, end, sameAsWritten: at.headerOffset === 0 && zipRecords.localHeader(record).equals(header) };
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  if (fs.readSync(fd, buffer, 0, length, position) !== length) throw new Error('the entry ends early');
  return buffer;
}
