// Where a backup's database entry comes from. Normally a new snapshot beside the library (snapshot.ts), made
// one self-contained file, its integrity_check run on a worker while the zip is written (integrityCheck.ts).
// But when the library has not changed since its last good backup (the change marker, libraryMarker.ts,
// equals the one recorded with that backup), that backup's database entry is copied instead, saving the
// snapshot and its check: no commit since then means the same database, and the copied bytes, read back from
// the new file, must hash to the SHA-256 that backup's manifest recorded, so they are the very snapshot that
// passed integrity_check when it was made (the backup starts again from a new snapshot if they do not). What the library holds (counts,
// photos) is read live in one read transaction, the marker checked again after it, and compared with that
// manifest: any difference, and a new snapshot is taken.
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { Database } from 'better-sqlite3';
import { databaseEntry } from './backupFormat';
import type { LibraryMarker } from './backupState';
import { readBackupState } from './backupState';
import { checkIntegrityAside, type IntegrityCheck } from './integrityCheck';
import { libraryMarker, sameMarker } from './libraryMarker';
import { openBackup, type OpenedBackup } from './openBackup';
import { prepareSnapshot, readContents, takeSnapshot, type SnapshotContents } from './snapshot';
import { storedEntry, type StoredEntry } from './storedEntry';
import { tempPath } from './tempFiles';

export interface DatabaseSource {
  contents: SnapshotContents;
  bytes: number;
  open(): Promise<Readable>;
  /** A copied entry must read back as this (its backup's manifest), or the backup starts again from a snapshot. */
  expectedSha256?: string;
  /** The backup whose database entry is copied. */
  copiedFrom?: string;
  /** Where that entry lies in its backup, with the CRC-32 recorded there (a copy need not compute it). */
  stored?: StoredEntry;
  /** A new snapshot's integrity_check, running. */
  integrity?: IntegrityCheck;
  /** Stops the check, closes the copied backup, removes the snapshot. */
  dispose(): Promise<void>;
}

/** The copied entry did not read back as its manifest's SHA-256 (that backup was damaged since it was made). */
export class StaleCopy extends Error {}

export async function newSnapshot(db: Database, dataDir: string): Promise<DatabaseSource> {
  // Taken next to the library (a local disk), then streamed once into the backup folder.
  const file = tempPath(dataDir, 'snapshot.sqlite');
  const dispose = async () => {
    await integrity?.cancel();
    await fs.promises.rm(file, { force: true }).catch(() => undefined);
  };
  let integrity: IntegrityCheck | undefined;
  try {
    await takeSnapshot(db, file);
    const contents = prepareSnapshot(file);
    integrity = checkIntegrityAside(file);
    const bytes = fs.statSync(file).size;
    return { contents, bytes, integrity, open: async () => fs.createReadStream(file, { highWaterMark: 1024 * 1024 }), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** The last good backup's database, when the library has not changed since it was made; else undefined. */
export async function previousDatabase(db: Database, dataDir: string, marker: LibraryMarker): Promise<DatabaseSource | undefined> {
  const { last } = readBackupState(dataDir);
  if (!last || !sameMarker(last.marker, marker)) return undefined;
  let backup: OpenedBackup;
  try {
    backup = await openBackup(last.path);
  } catch {
    return undefined;
  }
  const dispose = async () => backup.close();
  const { manifest } = backup;
  let contents: SnapshotContents;
  try {
    contents = liveContents(db);
  } catch {
    await dispose();
    return undefined;
  }
  if (!sameMarker(libraryMarker(dataDir), marker) || !describesSame(manifest, contents) || !backup.has(databaseEntry)) {
    await dispose();
    return undefined;
  }
  const at = backup.storedAt(databaseEntry);
  return {
    contents,
    stored: at?.bytes === manifest.database.bytes ? storedEntry(last.path, databaseEntry, at) : undefined,
    bytes: manifest.database.bytes,
    expectedSha256: manifest.database.sha256,
    copiedFrom: last.path,
    open: () => backup.read(databaseEntry),
    dispose,
  };
}

/** What the open library holds, as of one moment. */
function liveContents(db: Database): SnapshotContents {
  return db.transaction(() => readContents(db))();
}

function describesSame(manifest: OpenedBackup['manifest'], contents: SnapshotContents): boolean {
  if (manifest.schemaVersion !== contents.schemaVersion) return false;
  if (manifest.counts.articles !== contents.articles || manifest.counts.photos !== contents.photos.length) return false;
  const named = new Set(manifest.photos.files.map((file) => file.path));
  const leftOut = new Set(manifest.leftOut.map((photo) => photo.hash));
  return contents.photos.every((photo) => named.has(photo.entry) || leftOut.has(photo.hash));
}
