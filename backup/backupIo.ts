// The backup's I/O port: how its files are opened for writing. Its own file so that writing a backup and the
// folder's shared photos (folderPhotos.ts) both use it without importing each other.
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { chunkBytes } from './hashing';

/** How files are written; tests put a failing disk here. */
export interface BackupIo {
  createWriteStream(file: string): Writable;
  /** Writes a new file whole (a photo read in one call) and flushes it to disk. */
  writeFile(file: string, bytes: Buffer): Promise<void>;
  /**
   * A new file holding the first `bytes` of `source`, copied by the kernel (copy_file_range, or a reflink
   * where the file system shares blocks) without passing through this process, and a stream writing on after
   * them. Optional: without it those bytes are streamed through createWriteStream like any others.
   */
  startWithCopy?(source: string, file: string, bytes: number): Promise<Writable>;
}

export const nodeIo: BackupIo = {
  // 1 MB buffers: with the default 16 KB, a backup waits on three times as many small writes.
  createWriteStream: (file) => fs.createWriteStream(file, { flags: 'wx', highWaterMark: chunkBytes }),
  // Flushed on the descriptor that wrote it: four trips to the thread pool, where a stream and a separate
  // flush take six (for two thousand photos, most of a restore's time).
  writeFile: (file, bytes) => fs.promises.writeFile(file, bytes, { flag: 'wx', flush: true }),
  // The source whole, then cut to `bytes` (Node offers no copy of a range): only asked for when little follows.
  startWithCopy: async (source, file, bytes) => {
    await fs.promises.copyFile(source, file, fs.constants.COPYFILE_EXCL);
    await fs.promises.truncate(file, bytes);
    return fs.createWriteStream(file, { flags: 'r+', start: bytes, highWaterMark: chunkBytes });
  },
};
