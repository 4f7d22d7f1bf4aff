// Making one backup: snapshot the database (or copy the last backup's, databaseSource.ts), write the zip under a
// temporary name while the snapshot is checked on a worker, read it all back against its manifest, and only
// then give it its final name. A failure at any point (a full disk, a
// folder that vanished, a kill) leaves no file under a backup's name; the temporary ones are swept next time.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupErrors } from './backupErrors';
import { nodeIo, type BackupIo } from './backupIo';
import { backupFileName, databaseEntry, formatName, formatVersion, manifestEntry, type Manifest, type PhotoRecord } from './backupFormat';
import { FolderPhotos } from './folderPhotos';
import type { SnapshotPhoto } from './snapshot';
import { fsync, type Hashed } from './hashing';
import type { LibraryMarker } from './backupState';
import { settleAndMark } from './libraryMarker';
import { openBackup } from './openBackup';
import { readBackEarly, readBackWhole, type EarlyReadBack } from './readBack';
import { phaseClock, type PhaseListener } from './phaseClock';
import { newSnapshot, previousDatabase, StaleCopy, type DatabaseSource } from './databaseSource';
import { sweepTempFiles, syncDirectory, tempPath } from './tempFiles';
import { ZipWriter } from './zipWriter';

/** A copied database entry is copied with its backup's file (then cut after it) when at most this much follows. */
const copyWholeTailBytes = 8 * 1024 * 1024;

export interface BackupProgress {
  phase: 'database' | 'photos' | 'verify';
  doneBytes: number;
  totalBytes: number;
}

export interface BackupOptions {
  /** 'inside': one self-contained file. 'folder': photos go to the folder's shared photos/ tree, once. */
  photos?: 'inside' | 'folder';
  progress?: (progress: BackupProgress) => void;
  now?: Date;
  io?: BackupIo;
  /** Told each phase's time (the benchmark). */
  phases?: PhaseListener;
}

export interface BackupResult {
  path: string;
  bytes: number;
  manifest: Manifest;
  /** The library's change marker just before the snapshot: any later write moves it. */
  marker: LibraryMarker;
  /** The backup whose database entry was copied (the library had not changed since), if any. */
  copiedFrom?: string;
}

/**
 * Backs up the library open in `db` (its files in `dataDir`) into the folder `outDir`. Its database is the last
 * good backup's when the library has not changed since (databaseSource.ts), else a new snapshot.
 */
export async function createBackup(db: Database, dataDir: string, outDir: string, options: BackupOptions = {}): Promise<BackupResult> {
  await assertFolder(outDir);
  await sweepTempFiles(outDir);
  await sweepTempFiles(dataDir);
  const lap = phaseClock(options.phases);
  const marker = settleAndMark(db, dataDir);
  const previous = await previousDatabase(db, dataDir, marker).catch(() => undefined);
  if (previous) {
    try {
      return await writeBackup(previous, dataDir, outDir, marker, options, lap);
    } catch (error) {
      if (!(error instanceof StaleCopy)) throw error;
    }
  }
  return writeBackup(await newSnapshot(db, dataDir).catch((error: unknown) => {
    throw backupErrors.writing(outDir, error);
  }), dataDir, outDir, marker, options, lap);
}

async function writeBackup(source: DatabaseSource, dataDir: string, outDir: string, marker: LibraryMarker, options: BackupOptions, lap: (phase: string) => void): Promise<BackupResult> {
  const io = options.io ?? nodeIo;
  const where = options.photos ?? 'inside';
  const zipTemp = tempPath(outDir, 'backup.zip');
  let zip: ZipWriter | undefined;
  let early: EarlyReadBack | undefined;
  const shared = new FolderPhotos(outDir, io);
  try {
    lap(source.copiedFrom ? 'database of the last backup' : 'snapshot');
    const { contents } = source;
    const present = new Set(contents.photos.filter((photo) => fs.existsSync(path.join(dataDir, photo.entry))));
    const leftOut = contents.photos.filter((photo) => !present.has(photo)).map(({ hash, name }) => ({ hash, name }));
    const writeBytes = source.bytes + [...present].reduce((sum, photo) => sum + photo.bytes, 0);
    // Reading back counts too: a folder backup reads back only its database, its photos are checked as copied.
    const progress = tracker(options.progress, writeBytes + (where === 'inside' ? writeBytes : source.bytes));

    // A copied entry is neither hashed nor its CRC-32 computed while written: both are its backup's, checked
    // once, when read back from the new file (on a worker, started as soon as its bytes are in the file).
    const stored = source.expectedSha256 ? source.stored : undefined;
    // The database is the zip's first entry.
    const copiedJob = stored && { name: databaseEntry, headerOffset: 0, bytes: source.bytes, sha256: source.expectedSha256!, crc32: stored.record.crc32 };
    // Its read-back's worker starts now, ready once the entry is in the file.
    if (copiedJob) early = readBackEarly();
    const writeDatabase = async (): Promise<Hashed> => {
      const tail = stored ? (fs.statSync(stored.file, { throwIfNoEntry: false })?.size ?? Infinity) - stored.end : Infinity;
      if (copiedJob && stored?.sameAsWritten && io.startWithCopy && tail <= copyWholeTailBytes) {
        const out = await io.startWithCopy(stored.file, zipTemp, stored.end);
        zip = new ZipWriter(() => out, { written: stored });
        early!.check(zipTemp, copiedJob);
        progress('database', source.bytes);
        return { bytes: source.bytes, sha256: copiedJob.sha256 };
      }
      zip = new ZipWriter(() => io.createWriteStream(zipTemp));
      const copied = await zip.addStream(databaseEntry, await source.open(), source.bytes, (n) => progress('database', n), stored?.record.crc32);
      return source.expectedSha256 ? { bytes: copied.bytes, sha256: source.expectedSha256 } : copied;
    };
    const files: PhotoRecord[] = [];
    const addPhotos = async (into: (photo: SnapshotPhoto, file: string) => Promise<Hashed | null>) => {
      for (const photo of present) {
        const hashed = await into(photo, path.join(dataDir, photo.entry));
        if (hashed) files.push({ path: photo.entry, ...hashed });
        else leftOut.push({ hash: photo.hash, name: photo.name });
      }
    };
    let database: Hashed;
    if (where === 'inside') {
      database = await writeDatabase();
      lap('zip database');
      await addPhotos((photo, file) => addPhoto(zip!, photo.entry, file, (n) => progress('photos', n)));
      lap('zip photos');
    } else {
      // The folder's photos are not in the zip: they are looked at (most are there already) during its copy.
      database = await both(writeDatabase(), addPhotos((photo, file) => shared.add(file, photo, (n) => progress('photos', n))));
      lap('zip database, folder photos alongside');
    }
    // A backup's photos are in place before the backup can have its name.
    await shared.commit();
    lap('folder photos flush');
    const manifest: Manifest = {
      format: formatName,
      formatVersion,
      createdAt: (options.now ?? new Date()).toISOString(),
      schemaVersion: contents.schemaVersion,
      counts: { articles: contents.articles, photos: contents.photos.length },
      database,
      photos: { where, files },
      leftOut,
    };
    await zip!.finish(manifestEntry, Buffer.from(JSON.stringify(manifest)));
    // A copy streamed through this process is in the file only now.
    if (copiedJob && !early?.job) early?.check(zipTemp, copiedJob);
    lap('zip finish');
    await fsync(zipTemp);
    lap('fsync');
    const problems = source.integrity ? (await source.integrity.result).problems : [];
    lap('integrity_check (rest)');
    if (problems.length > 0) throw backupErrors.notVerified(`the database copy: ${problems[0]}`);

    await verifyWritten(zipTemp, manifest, (n) => progress('verify', n), early).catch((error: unknown) => {
      // The copied database no longer matching is that backup's damage: this one starts again from a snapshot.
      throw source.copiedFrom ? new StaleCopy(`${source.copiedFrom}: ${error instanceof Error ? error.message : String(error)}`) : error;
    });
    lap('read back');
    const final = await freeName(outDir, options.now ?? new Date());
    await fs.promises.rename(zipTemp, final);
    await syncDirectory(outDir);
    lap('rename');
    return { path: final, bytes: fs.statSync(final).size, manifest, marker, copiedFrom: source.copiedFrom };
  } catch (error) {
    zip?.abort();
    await early?.task.cancel();
    await shared.discard();
    await fs.promises.rm(zipTemp, { force: true }).catch(() => undefined);
    if (error instanceof StaleCopy) throw error;
    // A folder that is gone (a USB stick pulled mid-way) says so, whatever step noticed first.
    if (!(await fs.promises.stat(outDir).catch(() => null))) throw backupErrors.folderMissing(outDir);
    throw backupErrors.writing(outDir, error);
  } finally {
    await source.dispose();
  }
}

/** A photo up to this size is read in one call and added as bytes; a larger one is streamed. */
const wholeReadBytes = 8 * 1024 * 1024;
/** How much read-ahead may wait in memory for the zip to be written. */
const readAheadBytes = 32 * 1024 * 1024;

async function addPhoto(zip: ZipWriter, entry: string, source: string, onBytes: (n: number) => void) {
  const size = fs.statSync(source).size;
  if (size > wholeReadBytes) return zip.addFile(entry, source, size, onBytes);
  const hashed = await zip.addBytes(entry, fs.readFileSync(source), readAheadBytes);
  onBytes(hashed.bytes);
  return hashed;
}

async function assertFolder(dir: string): Promise<void> {
  const stat = await fs.promises.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw backupErrors.folderMissing(dir);
}

/** Opens the written zip again (its central directory and manifest) and reads it back whole against the manifest. */
async function verifyWritten(file: string, manifest: Manifest, onBytes: (n: number) => void, early?: EarlyReadBack): Promise<void> {
  let backup;
  try {
    backup = await openBackup(file);
  } catch (error) {
    throw backupErrors.notVerified(error instanceof Error ? error.message : String(error));
  }
  try {
    await readBackWhole(backup, manifest, onBytes, 2, early);
  } finally {
    backup.close();
  }
}

/** The backup's final name; a second backup within the same second gets `-2`, `-3`… */
async function freeName(dir: string, at: Date): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, backupFileName(at, n === 1 ? '' : `-${n}`));
    if (!(await fs.promises.stat(candidate).catch(() => null))) return candidate;
  }
}

/** The first's value once both have settled (neither left running on a failure), or the first failure. */
async function both<T>(first: Promise<T>, second: Promise<unknown>): Promise<T> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return a.value;
}

function tracker(report: BackupOptions['progress'], total: number) {
  let doneBytes = 0;
  let last = 0;
  return (phase: BackupProgress['phase'], bytes: number) => {
    doneBytes += bytes;
    const now = Date.now();
    if (report && (now - last > 100 || doneBytes >= total)) {
      last = now;
      report({ phase, doneBytes: Math.min(doneBytes, total), totalBytes: total });
    }
  };
}
