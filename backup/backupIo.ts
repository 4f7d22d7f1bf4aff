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
}

export const nodeIo: BackupIo = {
  // 1 MB buffers: with the default 16 KB, a backup waits on three times as many small writes.
  createWriteStream: (file) => fs.createWriteStream(file, { flags: 'wx', highWaterMark: chunkBytes }),
  // Flushed on the descriptor that wrote it: four trips to the thread pool, where a stream and a separate
  // flush take six (for two thousand photos, most of a restore's time).
  writeFile: (file, bytes) => fs.promises.writeFile(file, bytes, { flag: 'wx', flush: true }),
};
