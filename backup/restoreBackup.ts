// `newsdesk restore-backup FILE --to DIR`: a backup becomes a library in a new folder, never over the current
// one. Everything is written into a hidden folder beside DIR, each file checked against the manifest as it is
// written, the result checked (checkRestored.ts) and flushed; only then is it renamed to DIR. A refusal or a
// failure removes the hidden folder: nothing is left behind.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { systemErrorCode } from '../photos/photoErrors';
import { databaseFileName } from '../store/openDatabase';
import { backupErrors } from './backupErrors';
import { databaseEntry, type PhotoRecord } from './backupFormat';
import { checkRestored } from './checkRestored';
import { copyHashed, syncFiles, type Hashed } from './hashing';
import { openBackup, type OpenedBackup } from './openBackup';
import { phaseClock, type PhaseListener } from './phaseClock';
import { sweepTempFiles, syncDirectory, tempPath } from './tempFiles';
import { nodeIo, type BackupIo } from './backupIo';

export interface RestoreOptions {
  progress?: (doneBytes: number, totalBytes: number) => void;
  io?: BackupIo;
  /** Told each phase's time (the benchmark). */
  phases?: PhaseListener;
}

export interface RestoreResult {
  path: string;
  articles: number;
  photos: number;
}

export async function restoreBackup(file: string, target: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const io = options.io ?? nodeIo;
  const targetDir = path.resolve(target);
  const lap = phaseClock(options.phases);
  const backup = await openBackup(file);
  let staging: string | undefined;
  try {
    await assertEmptyOrAbsent(targetDir);
    const parent = path.dirname(targetDir);
    await fs.promises.mkdir(parent, { recursive: true }).catch((error: unknown) => {
      throw backupErrors.restoring(targetDir, error);
    });
    await sweepTempFiles(parent);
    staging = tempPath(parent, 'restore');
    await fs.promises.mkdir(staging).catch((error: unknown) => {
      throw backupErrors.restoring(targetDir, error);
    });
    const { manifest } = backup;
    const total = manifest.database.bytes + manifest.photos.files.reduce((sum, photo) => sum + photo.bytes, 0);
    let done = 0;
    const onBytes = (n: number) => options.progress?.((done += n), total);

    lap('open');
    const written = [path.join(staging, databaseFileName)];
    await extract(backup.file, () => backup.read(databaseEntry), written[0]!, manifest.database, io, onBytes);
    lap('extract database');
    const shared = path.join(path.dirname(path.resolve(file)));
    for (const photo of manifest.photos.files) {
      const open = manifest.photos.where === 'inside' ? () => readInside(backup, photo.path) : () => openShared(backup, shared, photo);
      written.push(path.join(staging, ...photo.path.split('/')));
      await extract(backup.file, open, written.at(-1)!, photo, io, onBytes);
    }
    lap('extract photos');
    const counts = checkRestored(staging, manifest, backup.file);
    lap('checks');
    await syncFiles(written);
    lap('flush');
    await fs.promises.rmdir(targetDir).catch(() => undefined);
    await fs.promises.rename(staging, targetDir);
    staging = undefined;
    await syncDirectory(parent);
    lap('rename');
    return { path: targetDir, ...counts };
  } catch (error) {
    throw error instanceof NewsdeskError ? error : backupErrors.restoring(targetDir, error);
  } finally {
    backup.close();
    if (staging) await fs.promises.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function assertEmptyOrAbsent(dir: string): Promise<void> {
  const stat = await fs.promises.stat(dir).catch(() => null);
  if (!stat) return;
  if (!stat.isDirectory() || (await fs.promises.readdir(dir)).length > 0) throw backupErrors.targetNotEmpty(dir);
}

/** A small photo is read in one call rather than streamed: two thousand streams cost seconds. */
async function readInside(backup: OpenedBackup, name: string): Promise<Readable> {
  const whole = backup.readWhole(name);
  return whole ? Readable.from([whole]) : backup.read(name);
}

/** A backup made into a backup folder finds its photos in that folder's shared photos/ tree. */
async function openShared(backup: OpenedBackup, folder: string, photo: PhotoRecord): Promise<Readable> {
  const file = path.join(folder, ...photo.path.split('/'));
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw backupErrors.damaged(backup.file, `${photo.path} is missing from ${folder}`);
  return fs.createReadStream(file);
}

async function extract(
  backupFile: string,
  open: () => Promise<Readable>,
  target: string,
  expected: Hashed,
  io: BackupIo,
  onBytes: (n: number) => void,
): Promise<void> {
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
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
