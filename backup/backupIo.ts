// The backup's I/O port: how its files are opened for writing. Its own file so that writing a backup and the
// folder's shared photos (folderPhotos.ts) both use it without importing each other.
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { chunkBytes } from './hashing';

/** How files are opened for writing; tests put a failing disk here. */
export interface BackupIo {
  createWriteStream(file: string): Writable;
}

/** 1 MB buffers: with the default 16 KB, a backup waits on three times as many small writes. */
export const nodeIo: BackupIo = { createWriteStream: (file) => fs.createWriteStream(file, { flags: 'wx', highWaterMark: chunkBytes }) };
