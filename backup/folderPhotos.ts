// Photos into a backup folder's shared photos/originals/ tree. A photo already there (same name, so the same
// bytes) is not copied again. A new one is copied under a temporary name, hashed on the way, and only if its
// bytes match its name is it, once every copy is flushed, renamed into place: a damaged original in the library
// must never take the name of the good one in a folder every later backup shares.
import fs from 'node:fs';
import path from 'node:path';
import { chunkBytes, copyHashed, syncFiles, type Hashed } from './hashing';
import type { SnapshotPhoto } from './snapshot';
import { syncDirectory, tempPath } from './tempFiles';
import type { BackupIo } from './backupIo';

export class FolderPhotos {
  private readonly pending: { temp: string; target: string }[] = [];

  constructor(
    private readonly folder: string,
    private readonly io: BackupIo,
  ) {}

  /** The photo's size and hash in the folder, or null when the library's copy does not match its name. */
  async add(source: string, photo: SnapshotPhoto, onBytes: (n: number) => void): Promise<Hashed | null> {
    const target = path.join(this.folder, ...photo.entry.split('/'));
    const existing = await fs.promises.stat(target).catch(() => null);
    if (existing?.isFile() && existing.size === photo.bytes) {
      onBytes(photo.bytes);
      return { bytes: existing.size, sha256: photo.hash };
    }
    const temp = tempPath(this.folder, 'photo');
    this.pending.push({ temp, target });
    const copied = await copyHashed(fs.createReadStream(source, { highWaterMark: chunkBytes }), temp, this.io.createWriteStream, onBytes);
    if (copied.sha256 === photo.hash) return copied;
    this.pending.pop();
    await fs.promises.rm(temp, { force: true });
    return null;
  }

  /** Flushes every new copy, then gives each its name. */
  async commit(): Promise<void> {
    await syncFiles(this.pending.map((copy) => copy.temp));
    const folders = new Set<string>();
    for (const { temp, target } of this.pending) {
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.rename(temp, target);
      folders.add(path.dirname(target));
    }
    for (const folder of folders) await syncDirectory(folder);
    this.pending.length = 0;
  }

  async discard(): Promise<void> {
    for (const { temp } of this.pending.splice(0)) await fs.promises.rm(temp, { force: true }).catch(() => undefined);
  }
}
