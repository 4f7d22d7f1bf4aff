// A consistent copy of the library database through SQLite's online backup API, taken in one step: one read
// transaction, so it is the library as of one moment even while the app or the CLI keeps writing (in WAL mode
// writers are not blocked). A backup copied in several steps would restart from scratch on every write made by
// another connection.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { typeOfMime } from '../photos/photoRows';
import { photoEntryName } from './backupFormat';

export interface SnapshotPhoto {
  id: number;
  hash: string;
  name: string;
  /** Where its original lives, relative to a data folder or a backup (`photos/originals/ab/abcd….jpg`). */
  entry: string;
  bytes: number;
}

export interface SnapshotContents {
  schemaVersion: number;
  articles: number;
  photos: SnapshotPhoto[];
}

const allAtOnce = 0x7fffffff;

export async function takeSnapshot(db: Db, file: string): Promise<void> {
  await db.backup(file, { progress: () => allAtOnce });
}

/**
 * Makes a snapshot one self-contained file (journal_mode DELETE: no -wal beside it) and reads what it holds.
 * Its integrity_check runs apart (integrityCheck.ts), beside the writing of the zip.
 */
export function prepareSnapshot(file: string): SnapshotContents {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    return readContents(db);
  } finally {
    db.close();
  }
}

export function integrityProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
}

export function readContents(db: Db): SnapshotContents {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const hasTable = (name: string) => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
  const articles = hasTable('articles') ? db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles').get()!.n : 0;
  const rows = hasTable('photos')
    ? db.prepare<[], { id: number; hash: string; mime: string; original_name: string; bytes: number }>('SELECT id, hash, mime, original_name, bytes FROM photos ORDER BY id').all()
    : [];
  const photos = rows.map((row) => ({ id: row.id, hash: row.hash, name: row.original_name, entry: photoEntryName(row.hash, typeOfMime(row.mime).ext), bytes: row.bytes }));
  return { schemaVersion, articles, photos };
}
