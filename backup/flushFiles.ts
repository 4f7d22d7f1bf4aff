// Flushing a restore's photos to disk before the rename. One fsync per file waits for a journal commit and a
// disk cache flush each, and those do not overlap: for two thousand small photos it was most of a restore
// (measured on ext4: 1.5–4 ms a file, from one thread or eight alike). On Linux, syncfs flushes them in one
// go: the bytes still go to the disk, but under one commit and one cache flush. Node has no call for it, so
// the coreutils `sync -f` makes it. Where that fails, or on another system, each file is flushed on its own.
import { execFile } from 'node:child_process';
import { fsync } from './hashing';
import { TaskPool } from './taskPool';

/** Whether files written for `flushAll` may skip their own fsync (it will flush the whole file system). */
export const flushesWholeFileSystem = process.platform === 'linux';

/** Flushes `files`, all inside `dir`; answers how. Rejects if a file cannot be flushed. */
export async function flushAll(dir: string, files: string[], command = 'sync'): Promise<'file system' | 'each file'> {
  if (flushesWholeFileSystem && (await syncFileSystem(dir, command))) return 'file system';
  const pool = new TaskPool(8);
  for (const file of files) await pool.add(() => fsync(file));
  await pool.drain();
  return 'each file';
}

function syncFileSystem(dir: string, command: string): Promise<boolean> {
  return new Promise((resolve) => execFile(command, ['-f', dir], { timeout: 10 * 60 * 1000 }, (error) => resolve(!error)));
}
