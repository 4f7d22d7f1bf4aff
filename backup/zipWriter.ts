// Writing the backup zip: every entry stored, each hashed (SHA-256 for the manifest, CRC-32 for the zip) in the
// one pass that writes it, but for a database entry copied from another backup, whose checksums are known. Our own few lines rather than yazl: yazl computes its CRC-32 with buffer-crc32's
// JavaScript loop (its module cannot be reached from a bundle to swap it for zlib's native one) and pipes
// every entry through four streams, which together made most of a backup's time. The layout is plain
// PKZIP (APPNOTE 6.3), ZIP64 where a size or an offset needs it; any unzip tool reads it
// (tests/backup/zipCrc.test.ts runs `unzip -t` on both forms). A failing write (a full disk, a pulled
// drive) fails whatever step is waiting instead of leaving it waiting for a stream that will never drain.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import zlib from 'node:zlib';
import { chunkBytes, type Hashed } from './hashing';
import { zipRecords, type CentralRecord } from './zipRecords';

/** How much of a streamed entry may wait in memory to be written. */
const streamAheadBytes = 16 * 1024 * 1024;

export class ZipWriter {
  private readonly out: Writable;
  private readonly closed: Promise<void>;
  private readonly failed: Promise<never>;
  private offset = 0;
  private readonly records: CentralRecord[] = [];
  private source: Readable | undefined;

  /**
   * `zip64` writes ZIP64 records even where the sizes do not need them (so the tests can check that form).
   * `written`: the file `open` gives already holds this entry from offset 0 (copied from another backup, byte
   * for byte what addStream would write), and the stream writes on after it.
   */
  constructor(
    open: () => Writable,
    private readonly options: { zip64?: boolean; written?: { record: CentralRecord; end: number } } = {},
  ) {
    this.out = open();
    if (options.written) {
      this.records.push({ ...options.written.record, offset: 0 });
      this.offset = options.written.end;
    }
    this.closed = new Promise((resolve, reject) => {
      this.out.on('error', reject);
      this.out.on('close', resolve);
    });
    this.failed = this.closed.then(() => new Promise<never>(() => undefined));
    // Handled here so a failure nobody is waiting for yet is not "unhandled"; every step races against it.
    this.failed.catch(() => this.abort());
  }

  /** Streams a file in, however large, with its CRC-32 and sizes after its data (a data descriptor). */
  addFile(name: string, file: string, size: number, onBytes: (n: number) => void): Promise<Hashed> {
    return this.addStream(name, fs.createReadStream(file, { highWaterMark: chunkBytes }), size, onBytes);
  }

  /**
   * The same from any stream of `size` bytes (another backup's entry). With `knownCrc32` neither checksum is
   * computed (sha256 is ''): for bytes whose SHA-256 and CRC-32 are known already and checked when the zip is
   * read back.
   */
  addStream(name: string, source: Readable, size: number, onBytes: (n: number) => void, knownCrc32?: number): Promise<Hashed> {
    return this.guarded(this.streamIn(name, source, size, onBytes, knownCrc32));
  }

  private async streamIn(name: string, source: Readable, size: number, onBytes: (n: number) => void, knownCrc32?: number): Promise<Hashed> {
    const zip64 = this.options.zip64 === true || size >= 0xffffffff;
    const record: CentralRecord = { name, crc32: knownCrc32 ?? 0, bytes: 0, offset: this.offset, zip64, descriptor: true };
    await this.write(zipRecords.localHeader(record));
    const known = knownCrc32 !== undefined;
    const sha = known ? undefined : createHash('sha256');
    this.source = source;
    for await (const chunk of this.source as AsyncIterable<Buffer>) {
      sha?.update(chunk);
      if (!known) record.crc32 = zlib.crc32(chunk, record.crc32);
      record.bytes += chunk.length;
      onBytes(chunk.length);
      // Reading on while earlier chunks are written: waiting for each to drain would take turns instead.
      await this.write(chunk, streamAheadBytes);
    }
    this.source = undefined;
    if (record.bytes !== size) throw new Error(`${name} changed while it was copied`);
    await this.write(zipRecords.dataDescriptor(record));
    this.records.push(record);
    return { bytes: record.bytes, sha256: sha?.digest('hex') ?? '' };
  }

  /**
   * Adds a file's bytes, read whole (one read instead of a stream per photo: two thousand streams cost
   * seconds). Resolves once at most `readAhead` bytes wait in memory to be written.
   */
  addBytes(name: string, bytes: Buffer, readAhead = 0): Promise<Hashed> {
    return this.guarded(this.writeBytes(name, bytes, readAhead));
  }

  private async writeBytes(name: string, bytes: Buffer, readAhead: number): Promise<Hashed> {
    const zip64 = this.options.zip64 === true || bytes.length >= 0xffffffff;
    const record: CentralRecord = { name, crc32: zlib.crc32(bytes), bytes: bytes.length, offset: this.offset, zip64, descriptor: false };
    this.records.push(record);
    await this.write(zipRecords.localHeader(record), Infinity);
    await this.write(bytes, readAhead);
    return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  /** Adds the last entry and the central directory, and waits until every byte is with the file system. */
  async finish(name: string, bytes: Buffer): Promise<void> {
    await this.guarded(this.writeBytes(name, bytes, Infinity));
    const directoryStart = this.offset;
    const central = Buffer.concat(this.records.map((record) => zipRecords.centralHeader(record)));
    await this.write(central, Infinity);
    await this.write(zipRecords.end(this.records.length, directoryStart, central.length, this.options.zip64 === true), Infinity);
    this.out.end();
    await Promise.race([this.closed, this.failed]);
  }

  abort(): void {
    this.source?.destroy();
    this.out.destroy();
  }

  /** The write's own failure wins over what it caused here (a source stream closed by abort()). */
  private guarded<T>(step: Promise<T>): Promise<T> {
    step.catch(() => undefined);
    return Promise.race([this.failed, step]);
  }

  /** Hands bytes to the file; waits while more than `limit` bytes are queued (default: the stream's own mark). */
  private async write(chunk: Buffer, limit = 0): Promise<void> {
    this.offset += chunk.length;
    const below = this.out.write(chunk);
    if (below || this.out.writableLength <= limit) return;
    await Promise.race([new Promise((resolve) => this.out.once('drain', resolve)), this.failed]);
  }
}
