// Opens (creating if needed) the SQLite file in the data folder and migrates it to this version.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { assertKnownVersion, migrate } from './migrate';

export const databaseFileName = 'newsdesk.sqlite';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  readonly?: boolean;
}

export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  ensureDataDir(dataDir);
  const file = path.join(dataDir, databaseFileName);
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // First, so every later step waits for another process holding the file instead of failing at once.
    db.pragma('busy_timeout = 5000');
    // Refuse a newer library before touching it at all, even its journal mode.
    assertKnownVersion(db);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function ensureDataDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new NewsdeskError('dataDirUnusable', { path: dataDir, reason }, `cannot use data folder ${dataDir}: ${reason}`);
  }
  if (!fs.statSync(dataDir).isDirectory()) {
    throw new NewsdeskError('dataDirUnusable', { path: dataDir, reason: 'ENOTDIR' }, `${dataDir} is not a folder`);
  }
}
