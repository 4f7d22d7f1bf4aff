// Writing the backup zip with yazl: entries stored as they are, each hashed as yazl reads it. A failing write
// (a full disk, a pulled drive) fails whatever step is waiting, instead of leaving it waiting for a stream that
// will never drain.
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

  constructor(open: () => Writable) {
    this.out = open();
    this.closed = new Promise((resolve, reject) => {
      this.out.on('error', reject);
      this.out.on('close', resolve);
      this.zip.outputStream.on('error', reject);
      this.zip.outputStream.pipe(this.out);
    });
    this.failed = this.closed.then(() => new Promise<never>(() => undefined));
    // Handled here so a failure nobody is waiting for yet is not "unhandled"; every step races against it.
    this.failed.catch(() => this.abort());
  }

  /** Adds a file, stored, and resolves with its size and hash once yazl has taken all of it. */
  addFile(name: string, file: string, size: number, onBytes: (n: number) => void): Promise<Hashed> {
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
