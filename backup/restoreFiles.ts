// Writing a restore's files into its hidden folder, each checked against the manifest. A photo original is read
// whole (from the backup, or from a backup folder's shared tree), hashed before it is written, written several
// at a time and flushed as soon as it is written, so that the flushing overlaps the rest of the restore
// instead of following it (a stream and a flush per photo, one after the other, were most of a restore's time).
// The database, and any photo over 8 MB, is streamed and hashed on the way.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { systemErrorCode } from '../photos/photoErrors';
import { backupErrors } from './backupErrors';
import type { BackupIo } from './backupIo';
import type { PhotoRecord } from './backupFormat';
import { copyHashed, fsync, type Hashed } from './hashing';
import type { OpenedBackup } from './openBackup';
import { TaskPool } from './taskPool';

/** Photos read whole and waiting to be written: at most this many at once. */
const inFlight = 16;
const wholeReadBytes = 8 * 1024 * 1024;

export class RestoreWriter {
  private readonly pool = new TaskPool(inFlight);
  private readonly folders = new Set<string>();

  constructor(
    private readonly backup: OpenedBackup,
    private readonly staging: string,
    private readonly io: BackupIo,
    private readonly onBytes: (n: number) => void,
  ) {}

  /** Streams an entry (the database) into place, checked and flushed (unless the caller flushes it later). */
  async streamed(open: () => Promise<Readable>, name: string, expected: Hashed, flush = true): Promise<void> {
    const target = await this.target(name);
    await extract(this.backup.file, open, target, expected, this.io, this.onBytes);
    if (flush) await fsync(target);
  }

  /** Starts restoring one photo; waits only while `inFlight` photos are being written. */
  async photo(photo: PhotoRecord, sharedFolder: string | undefined): Promise<void> {
    const bytes = this.readWhole(photo, sharedFolder);
    if (!bytes) {
      const open = () => (sharedFolder ? openShared(this.backup, sharedFolder, photo) : this.backup.read(photo.path));
      return this.pool.add(() => this.streamed(open, photo.path, photo));
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== photo.bytes || sha256 !== photo.sha256) throw backupErrors.damaged(this.backup.file, `${path.basename(photo.path)} does not match its checksum`);
    const target = await this.target(photo.path);
    await this.pool.add(async () => {
      await this.io.writeFile(target, bytes);
      this.onBytes(bytes.length);
    });
  }

  /** Every photo written and flushed; throws the first failure. */
  done(): Promise<void> {
    return this.pool.drain();
  }

  /** Waits for the writes still running (before the hidden folder is removed after a failure). */
  settle(): Promise<void> {
    return this.pool.settle();
  }

  private readWhole(photo: PhotoRecord, sharedFolder: string | undefined): Buffer | undefined {
    try {
      return sharedFolder ? readShared(this.backup, sharedFolder, photo) : this.backup.readWhole(photo.path);
    } catch (error) {
      if (error instanceof NewsdeskError || systemErrorCode(error)) throw error;
      throw backupErrors.damaged(this.backup.file, error instanceof Error ? error.message : String(error));
    }
  }

  private async target(name: string): Promise<string> {
    const target = path.join(this.staging, ...name.split('/'));
    const folder = path.dirname(target);
    if (!this.folders.has(folder)) {
      await fs.promises.mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    return target;
  }
}

/** A backup made into a backup folder finds its photos in that folder's shared photos/ tree. */
function sharedFile(backup: OpenedBackup, folder: string, photo: PhotoRecord): { file: string; size: number } {
  const file = path.join(folder, ...photo.path.split('/'));
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw backupErrors.damaged(backup.file, `${photo.path} is missing from ${folder}`);
  return { file, size: stat.size };
}

function readShared(backup: OpenedBackup, folder: string, photo: PhotoRecord): Buffer | undefined {
  const { file, size } = sharedFile(backup, folder, photo);
  return size <= wholeReadBytes ? fs.readFileSync(file) : undefined;
}

async function openShared(backup: OpenedBackup, folder: string, photo: PhotoRecord): Promise<Readable> {
  return fs.createReadStream(sharedFile(backup, folder, photo).file);
}

async function extract(backupFile: string, open: () => Promise<Readable>, target: string, expected: Hashed, io: BackupIo, onBytes: (n: number) => void): Promise<void> {
  let source: Readable;
  try {
    source = await open();
  } catch (error) {
    if (error instanceof NewsdeskError) throw error;
    throw backupErrors.damaged(backupFile, error instanceof Error ? error.message : String(error));
  }
  const written = await copyHashed(source, target, io.createWriteStream, onBytes).catch((error: unknown) => {
    // A failing write keeps its system code (a full disk); anything else is the backup's own bytes.
    if (systemErrorCode(error)) throw error;
    throw backupErrors.damaged(backupFile, error instanceof Error ? error.message : String(error));
  });
  if (written.bytes !== expected.bytes || written.sha256 !== expected.sha256) {
    throw backupErrors.damaged(backupFile, `${path.basename(target)} does not match its checksum`);
  }
}
