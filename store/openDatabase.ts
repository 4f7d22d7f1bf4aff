// Opens (creating if needed) the SQLite file in the data folder and migrates it to this version, once
// store/libraryFile.ts has said what the file is: ours, new, or something to refuse untouched.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { asOpenError, canWrite, inspectLibraryFile, openReadOnlyCopy, type WriteCheck } from './libraryFile';
import { assertKnownVersion, migrate } from './migrate';

export const databaseFileName = 'newsdesk.sqlite';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Whether a path may be written (the disk's answer unless a test injects one). */
  writeCheck?: WriteCheck;
}

export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  const writeCheck = options.readonly ? () => false : (options.writeCheck ?? canWrite);
  ensureDataDir(dataDir);
  const file = path.join(dataDir, databaseFileName);
  // What is there is known before anything is written: a foreign or broken file is refused untouched, and a
  // library that cannot be written is read from a copy in memory.
  const found = inspectLibraryFile(file, { writeCheck, nativeBinding: options.nativeBinding });
  if (found.kind === 'new' && !writeCheck(dataDir)) {
    throw new NewsdeskError('dataDirUnusable', { path: dataDir, reason: 'EACCES' }, `cannot create a library in ${dataDir}`);
  }
  if (found.kind === 'library' && !found.writable) return openReadOnly(file, options.nativeBinding);
  let db: Database.Database;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw asOpenError(file, error);
  }
  try {
    // First, so every later step waits for another process holding the file instead of failing at once.
    db.pragma('busy_timeout = 5000');
    // Refuse a newer library before touching it at all, even its journal mode.
    assertKnownVersion(db);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw asOpenError(file, error);
  }
}

/** A library that cannot be written, at this version (inspectLibraryFile made sure): read, never migrated. */
function openReadOnly(file: string, nativeBinding?: string): Database.Database {
  try {
    const db = openReadOnlyCopy(file, nativeBinding);
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    throw asOpenError(file, error);
  }
}

function ensureDataDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    // Read access is enough for a library that exists: it is then opened read-only.
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.X_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new NewsdeskError('dataDirUnusable', { path: dataDir, reason }, `cannot use data folder ${dataDir}: ${reason}`);
  }
  if (!fs.statSync(dataDir).isDirectory()) {
    throw new NewsdeskError('dataDirUnusable', { path: dataDir, reason: 'ENOTDIR' }, `${dataDir} is not a folder`);
  }
}
