// What is at the library's place, decided before anything writes to it: nothing yet (a new library), our own
// library (marked by PRAGMA application_id since schema 6, or, written before that, by its version and tables),
// or something else: a folder, a text file, another program's database. Those are refused untouched, each with
// its own message. And whether the library can be written at all: a read-only file or folder is opened
// read-only, from a copy in memory, so reading it leaves no -wal or -shm file behind (SQLite would create both
// beside a WAL-mode file even for a read-only connection, or fail where it cannot).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { DatabaseTooNewError } from './migrate';
import { latestVersion } from './migrations/index';

/** "NwDk": the mark of a Newsdesk library, set by migration 6 (which keeps its own copy of the value). */
export const newsdeskApplicationId = 0x4e77446b;
const firstVersionWithId = 6;

/** The tables each schema version before 6 had made: how a library from before application_id is recognised. */
const tablesOfVersion: Record<number, readonly string[]> = {
  1: ['articles'],
  2: ['settings'],
  3: ['article_tags', 'status_changes'],
  4: ['photos', 'article_photos'],
  5: ['search_folded', 'search_exact', 'search_words', 'search_marked_words'],
};

/** Whether a path may be written; the tests inject one that says no (their root user writes anything). */
export type WriteCheck = (file: string) => boolean;

export const canWrite: WriteCheck = (file) => {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

export type LibraryFile = { kind: 'new' } | { kind: 'library'; writable: boolean };

export const libraryFileErrors = {
  isFolder: (file: string) => new NewsdeskError('libraryIsFolder', { path: file }, `${file} is a folder, not a library`),
  notDatabase: (file: string) => new NewsdeskError('libraryNotDatabase', { path: file }, `${file} is not a database`),
  foreign: (file: string) => new NewsdeskError('libraryForeign', { path: file }, `${file} is another program's database`),
  unreadable: (file: string, reason: string) => new NewsdeskError('libraryUnreadable', { path: file, reason }, `cannot read ${file}: ${reason}`),
  readOnlyOutdated: (file: string) => new NewsdeskError('libraryReadOnlyOutdated', { path: file }, `${file} is read-only and needs updating`),
  readOnly: () => new NewsdeskError('libraryReadOnly', {}, 'the library is read-only'),
  diskFull: () => new NewsdeskError('libraryDiskFull', {}, 'the disk holding the library is full'),
};

/**
 * Looks at `file` without writing to it. Throws the typed refusal for anything that is not a Newsdesk library
 * this version can open; a read-only library that needs a migration is refused too (it cannot be updated).
 */
export function inspectLibraryFile(file: string, options: { writeCheck?: WriteCheck; nativeBinding?: string } = {}): LibraryFile {
  const writeCheck = options.writeCheck ?? canWrite;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT') return { kind: 'new' };
    throw libraryFileErrors.unreadable(file, code);
  }
  if (stat.isDirectory()) throw libraryFileErrors.isFolder(file);
  if (!stat.isFile()) throw new NewsdeskError('notAFile', { name: file }, `${file} is not a regular file`);
  const writable = writeCheck(file) && writeCheck(path.dirname(file));
  // An empty file is what SQLite itself makes of a library it never got to write: ours to set up.
  if (stat.size === 0) {
    if (!writable) throw libraryFileErrors.readOnlyOutdated(file);
    return { kind: 'new' };
  }
  const { applicationId, version, tables } = readIdentity(file, options.nativeBinding);
  if (version > latestVersion && (applicationId === newsdeskApplicationId || applicationId === 0)) {
    throw new DatabaseTooNewError(file, version, latestVersion);
  }
  if (!isNewsdeskLibrary(applicationId, version, tables)) throw libraryFileErrors.foreign(file);
  if (!writable && version < latestVersion) throw libraryFileErrors.readOnlyOutdated(file);
  return { kind: 'library', writable };
}

function isNewsdeskLibrary(applicationId: number, version: number, tables: ReadonlySet<string>): boolean {
  if (applicationId === newsdeskApplicationId) return true;
  if (applicationId !== 0) return false;
  // An empty database (no schema at all) is a library not yet set up.
  if (version === 0) return tables.size === 0;
  if (version >= firstVersionWithId) return false;
  for (let v = 1; v <= version; v += 1) if (!tablesOfVersion[v]!.every((table) => tables.has(table))) return false;
  return true;
}

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

interface Identity {
  applicationId: number;
  version: number;
  tables: ReadonlySet<string>;
}

/**
 * The mark, the version and the tables. The file's header holds the first two; only when it carries no mark
 * (a library from before schema 6, or someone else's database) are the tables read, from a copy in memory, so
 * that not even SQLite's -wal and -shm files appear beside a file that is not ours.
 */
function readIdentity(file: string, nativeBinding?: string): Identity {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  // The magic, and the payload fractions every SQLite file has (64, 32, 32): anything else is not a database.
  const plausible = read === header.length && header.subarray(0, sqliteMagic.length).equals(sqliteMagic) && header[21] === 64 && header[22] === 32 && header[23] === 32;
  if (!plausible) throw libraryFileErrors.notDatabase(file);
  const applicationId = header.readInt32BE(68);
  if (applicationId !== 0 && applicationId !== newsdeskApplicationId) return { applicationId, version: header.readInt32BE(60), tables: new Set() };
  // A -wal file left by a crash may hold changes the header does not show yet: SQLite reads both.
  if (applicationId === newsdeskApplicationId && !hasWal(file)) return { applicationId, version: header.readInt32BE(60), tables: new Set() };
  try {
    return identityOf(openReadOnlyCopy(file, nativeBinding));
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== 'SQLITE_NOTADB' && code !== 'SQLITE_CORRUPT') throw asOpenError(file, error);
  }
  // The copy can catch another process's checkpoint half-way: before calling the file broken, SQLite reads it
  // itself, under its locks.
  try {
    return identityOf(new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) }));
  } catch (error) {
    throw asOpenError(file, error);
  }
}

function identityOf(db: Database.Database): Identity {
  try {
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    return {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      version: db.pragma('user_version', { simple: true }) as number,
      tables: new Set(tables),
    };
  } finally {
    db.close();
  }
}

function hasWal(file: string): boolean {
  return (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

/** SQLite's own failures to open a file, as the reader's messages. */
export function asOpenError(file: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return libraryFileErrors.notDatabase(file);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') return libraryFileErrors.unreadable(file, String(code));
  // The file system's own refusals while the file is read (EACCES, EIO…).
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return libraryFileErrors.unreadable(file, code);
  return error;
}

/** A write refused by a library opened read-only, as the reader's message; anything else as it is. */
export function asLibraryWriteError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  if (code.startsWith('SQLITE_READONLY')) return libraryFileErrors.readOnly();
  // SQLite rolled the transaction back: the library holds the state before the write.
  if (code === 'SQLITE_FULL') return libraryFileErrors.diskFull();
  return error;
}

/**
 * A read-only connection that touches nothing beside the file: a copy in memory, its header set back to
 * rollback mode (a WAL-mode image cannot be opened from memory). Unwritten changes in a -wal file left by a
 * crash would be missing from the copy, so then SQLite reads the file itself.
 */
export function openReadOnlyCopy(file: string, nativeBinding?: string): Database.Database {
  const binding = nativeBinding ? { nativeBinding } : {};
  if (hasWal(file)) return new Database(file, { readonly: true, fileMustExist: true, ...binding });
  const image = fs.readFileSync(file);
  image[18] = 1;
  image[19] = 1;
  return new Database(image, { readonly: true, ...binding });
}
