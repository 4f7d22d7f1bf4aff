// "Has the library changed since its last backup?" without reading it: the sizes and modification times of the
// database file and its write-ahead log. Every commit appends to the log (or, after a checkpoint, rewrites the
// file), so a change always moves the marker. The log is folded into the file first (a TRUNCATE checkpoint)
// so that a close or a reopen, which checkpoints on its own, does not look like a change; when another reader
// prevents that, the marker may move without a change: one backup too many, never one too few.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { databaseFileName } from '../store/openDatabase';
import type { LibraryMarker } from './backupState';

export function settleAndMark(db: Database, dataDir: string): LibraryMarker {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A busy library keeps its log for now; the marker below still covers it.
  }
  return libraryMarker(dataDir);
}

export function libraryMarker(dataDir: string): LibraryMarker {
  const file = path.join(dataDir, databaseFileName);
  const db = fs.statSync(file, { throwIfNoEntry: false });
  const wal = fs.statSync(`${file}-wal`, { throwIfNoEntry: false });
  const walBytes = wal?.size ?? 0;
  return {
    dbBytes: db?.size ?? 0,
    dbModifiedMs: db?.mtimeMs ?? 0,
    walBytes,
    // An empty log is what a reader creates on open: it holds nothing, so its time says nothing.
    walModifiedMs: walBytes > 0 ? wal!.mtimeMs : 0,
  };
}

export function sameMarker(a: LibraryMarker | undefined, b: LibraryMarker): boolean {
  return a !== undefined && a.dbBytes === b.dbBytes && a.dbModifiedMs === b.dbModifiedMs && a.walBytes === b.walBytes && a.walModifiedMs === b.walModifiedMs;
}
