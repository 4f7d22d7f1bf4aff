// `newsdesk restore-backup FILE --to DIR`: a backup becomes a library in a new folder, never over the current
// one. Everything is written into a hidden folder beside DIR, each file checked against the manifest as it is
// written and flushed (the database here, restoreFiles.ts; the photos meanwhile on worker threads,
// restorePhotos.ts), the result checked (checkRestored.ts); only then is it renamed to DIR. A refusal or a
// failure stops and waits for every writer, then removes the hidden folder: nothing is left behind.
import fs from 'node:fs';
import path from 'node:path';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { databaseFileName } from '../store/openDatabase';
import { backupErrors } from './backupErrors';
import { databaseEntry } from './backupFormat';
import { checkRestored } from './checkRestored';
import { flushAll, flushesWholeFileSystem } from './flushFiles';
import { openBackup } from './openBackup';
import { RestoreWriter } from './restoreFiles';
import { restorePhotos, type PhotoRestore, type PhotoWorkers } from './restorePhotos';
import { phaseClock, type PhaseListener } from './phaseClock';
import { sweepTempFiles, syncDirectory, tempPath } from './tempFiles';
import { nodeIo, type BackupIo } from './backupIo';

export interface RestoreOptions {
  progress?: (doneBytes: number, totalBytes: number) => void;
  io?: BackupIo;
  /** Told each phase's time (the benchmark). */
  phases?: PhaseListener;
  /** The photo workers (two, leaving the flush to flushFiles.ts where it can flush them all at once; none with a test's `io`, which they cannot reach). */
  photoWorkers?: PhotoWorkers;
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
  let writer: RestoreWriter | undefined;
  let photos: PhotoRestore | undefined;
  let database: Promise<void> | undefined;
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
    writer = new RestoreWriter(backup, staging, io, onBytes);
    const shared = manifest.photos.where === 'folder' ? path.dirname(path.resolve(file)) : undefined;
    const workers = options.photoWorkers ?? { count: io === nodeIo ? 2 : 0, flushEach: !flushesWholeFileSystem };
    photos = restorePhotos(backup, writer, staging, shared, workers, onBytes);
    // The database meanwhile, on this thread: its phase ends when it is in place, the photos' when they all are.
    // Flushed with the photos when they are flushed all together (one commit for all, instead of one more here).
    const flushLater = workers.flushEach === false;
    database = writer.streamed(() => backup.read(databaseEntry), databaseFileName, manifest.database, !flushLater).then(() => lap('extract database'));
    await Promise.all([database, photos.done]);
    await writer.done();
    lap('extract photos');
    // The flush (mostly the disk's time, in a child process or the thread pool) and the checks (this thread's)
    // side by side: both are done before the rename, and neither depends on the other.
    const files = () => [databaseFileName, ...manifest.photos.files.map((photo) => photo.path)].map((name) => path.join(staging!, ...name.split('/')));
    const flushing = flushLater ? flushAll(staging, files()) : Promise.resolve();
    let counts: ReturnType<typeof checkRestored>;
    try {
      counts = checkRestored(staging, manifest, backup.file);
    } catch (error) {
      // Refused: the flush is let finish before the folder it flushes is removed.
      await flushing.catch(() => undefined);
      throw error;
    }
    lap('checks');
    await flushing;
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
    await Promise.allSettled([database, photos?.stop()]);
    await writer?.settle();
    backup.close();
    if (staging) await fs.promises.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function assertEmptyOrAbsent(dir: string): Promise<void> {
  const stat = await fs.promises.stat(dir).catch(() => null);
  if (!stat) return;
  if (!stat.isDirectory() || (await fs.promises.readdir(dir)).length > 0) throw backupErrors.targetNotEmpty(dir);
}
