// Photos into a backup folder's shared photos/originals/ tree. A photo already there (same name, so the same
// bytes) is not copied again. A new one is read whole (streamed if over 8 MB), hashed, and only if its bytes
// match its name written under a temporary name, several at a time, each flushed as soon as it is written;
// once every copy is flushed they are renamed into place: a damaged original in the library must never take
// the name of the good one in a folder every later backup shares.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chunkBytes, copyHashed, fsync, type Hashed } from './hashing';
import type { SnapshotPhoto } from './snapshot';
import { TaskPool } from './taskPool';
import { syncDirectory, tempPath } from './tempFiles';
import type { BackupIo } from './backupIo';

const wholeReadBytes = 8 * 1024 * 1024;

export class FolderPhotos {
  private readonly pending: { temp: string; target: string }[] = [];
  private readonly writes = new TaskPool(16);

  constructor(
    private readonly folder: string,
    private readonly io: BackupIo,
  ) {}

  /** The photo's size and hash in the folder, or null when the library's copy does not match its name. */
  async add(source: string, photo: SnapshotPhoto, onBytes: (n: number) => void): Promise<Hashed | null> {
    const target = path.join(this.folder, ...photo.entry.split('/'));
    // A stat of a cached folder entry: far cheaper in one call than as two thousand trips to the thread pool.
    const existing = fs.statSync(target, { throwIfNoEntry: false });
    if (existing?.isFile() && existing.size === photo.bytes) {
      onBytes(photo.bytes);
      return { bytes: existing.size, sha256: photo.hash };
    }
    const temp = tempPath(this.folder, 'photo');
    if (photo.bytes > wholeReadBytes) return this.streamed(source, photo, temp, target, onBytes);
    const bytes = await fs.promises.readFile(source);
    const hashed = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    if (hashed.sha256 !== photo.hash) return null;
    this.pending.push({ temp, target });
    await this.writes.add(async () => {
      await this.io.writeFile(temp, bytes);
      onBytes(bytes.length);
    });
    return hashed;
  }

  /** Waits for every copy to be written and flushed, then gives each its name. */
  async commit(): Promise<void> {
    await this.writes.drain();
    const folders = new Set<string>();
    for (const { temp, target } of this.pending) {
      if (!folders.has(path.dirname(target))) await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.rename(temp, target);
      folders.add(path.dirname(target));
    }
    for (const folder of folders) await syncDirectory(folder);
    this.pending.length = 0;
  }

  async discard(): Promise<void> {
    await this.writes.settle();
    for (const { temp } of this.pending.splice(0)) await fs.promises.rm(temp, { force: true }).catch(() => undefined);
  }

  private async streamed(source: string, photo: SnapshotPhoto, temp: string, target: string, onBytes: (n: number) => void): Promise<Hashed | null> {
    this.pending.push({ temp, target });
    const copied = await copyHashed(fs.createReadStream(source, { highWaterMark: chunkBytes }), temp, this.io.createWriteStream, onBytes);
    await fsync(temp);
    if (copied.sha256 === photo.hash) return copied;
    this.pending.pop();
    await fs.promises.rm(temp, { force: true });
    return null;
  }
}
