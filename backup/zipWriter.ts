// Writing the backup zip with yazl: entries stored as they are, each hashed as yazl reads it. A failing write
// (a full disk, a pulled drive) fails whatever step is waiting, instead of leaving it waiting for a stream that
// will never drain.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import yazl from 'yazl';
import { chunkBytes, hashingStream, type Hashed } from './hashing';
import { useNativeCrc32 } from './nativeCrc32';

useNativeCrc32();

export class ZipWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly out: Writable;
  private readonly closed: Promise<void>;
  private readonly failed: Promise<never>;
  private readonly sources = new Set<fs.ReadStream>();
  /** Bytes of content handed to yazl, and bytes it has written out (headers too): their gap bounds what waits in memory. */
  private queuedBytes = 0;
  private writtenBytes = 0;
  private readonly progressed = new Set<() => void>();

  constructor(open: () => Writable) {
    this.out = open();
    this.closed = new Promise((resolve, reject) => {
      this.out.on('error', reject);
      this.out.on('close', resolve);
      this.zip.outputStream.on('error', reject);
      this.zip.outputStream.pipe(this.out);
    });
    this.zip.outputStream.on('data', (chunk: Buffer) => {
      this.writtenBytes += chunk.length;
      for (const wake of this.progressed) wake();
    });
    this.failed = this.closed.then(() => new Promise<never>(() => undefined));
    // Handled here so a failure nobody is waiting for yet is not "unhandled"; every step races against it.
    this.failed.catch(() => this.abort());
  }

  /** Adds a file, stored, and resolves with its size and hash once yazl has taken all of it. */
  addFile(name: string, file: string, size: number, onBytes: (n: number) => void): Promise<Hashed> {
    this.queuedBytes += size;
    const added = new Promise<Hashed>((resolve, reject) => {
      const hasher = hashingStream(onBytes);
      hasher.on('end', () => resolve(hasher.result()));
      hasher.on('error', reject);
      const source = fs.createReadStream(file, { highWaterMark: chunkBytes });
      this.sources.add(source);
      source.on('error', reject);
      source.on('close', () => this.sources.delete(source));
      this.zip.addReadStreamLazy(name, { compress: false, size, mtime: new Date(0) }, (done) => done(null, source.pipe(hasher)));
    });
    return Promise.race([added, this.failed]);
  }

  /**
   * Adds a small file's bytes, already read whole (one read instead of a stream per photo: two thousand
   * streams cost seconds), stored and hashed now. The caller waits on `room()` so that only a bounded amount
   * waits in memory for yazl to write it.
   */
  addBytes(name: string, bytes: Buffer): Hashed {
    this.zip.addBuffer(bytes, name, { compress: false, mtime: new Date(0) });
    this.queuedBytes += bytes.length;
    return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  /** Resolves once at most `limit` bytes added with addBytes are still waiting to be written. */
  room(limit: number): Promise<void> {
    const waited = new Promise<void>((resolve) => {
      const check = () => {
        if (this.queuedBytes - this.writtenBytes > limit) return;
        this.progressed.delete(check);
        resolve();
      };
      this.progressed.add(check);
      check();
    });
    return Promise.race([waited, this.failed]);
  }

  /** Adds the last entry and waits until every byte is with the file system. */
  async finish(name: string, bytes: Buffer): Promise<void> {
    this.zip.addBuffer(bytes, name, { compress: false, mtime: new Date(0) });
    this.zip.end();
    await this.closed;
  }

  abort(): void {
    for (const source of this.sources) source.destroy();
    this.out.destroy();
  }
}
