// `newsdesk verify`: is this library whole? The database's own checks (integrity_check, foreign_key_check) and
// every photo original its rows name: present, and of the SHA-256 it is named by. It only reads: a damaged
// library must not be written to (not even migrated), so the database is opened read-only.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseFileName } from '../store/openDatabase';
import { latestVersion } from '../store/migrations/index';
import { DatabaseTooNewError } from '../store/migrate';
import { backupErrors } from './backupErrors';
import { hashFile } from './hashing';
import { integrityProblems, readContents } from './snapshot';

/** One problem, as a translation key of the `backup` catalog section and its parameters. */
export interface LibraryProblem {
  key: 'integrity' | 'foreignKey' | 'photoMissing' | 'photoWrongHash' | 'notADatabase';
  params: Record<string, string | number>;
}

export interface LibraryCheck {
  articles: number;
  photos: number;
  problems: LibraryProblem[];
}

export async function verifyLibrary(dataDir: string): Promise<LibraryCheck> {
  const file = path.join(dataDir, databaseFileName);
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw backupErrors.libraryNotFound(dataDir);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { articles: 0, photos: 0, problems: [{ key: 'notADatabase', params: { detail: messageOf(error) } }] };
  }
  try {
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion) throw new DatabaseTooNewError(file, version, latestVersion);
    const problems: LibraryProblem[] = integrityProblems(db).map((detail) => ({ key: 'integrity', params: { detail } }));
    const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
    for (const row of orphans) problems.push({ key: 'foreignKey', params: { table: row.table, parent: row.parent } });
    const contents = readContents(db);
    for (const photo of contents.photos) {
      const original = path.join(dataDir, photo.entry);
      const hashed = await hashFile(original).catch(() => null);
      if (!hashed) problems.push({ key: 'photoMissing', params: { id: photo.id, name: photo.name } });
      else if (hashed.sha256 !== photo.hash) problems.push({ key: 'photoWrongHash', params: { id: photo.id, name: photo.name } });
    }
    return { articles: contents.articles, photos: contents.photos.length, problems };
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw error;
    if ((error as { code?: string }).code?.startsWith('SQLITE_')) {
      return { articles: 0, photos: 0, problems: [{ key: 'notADatabase', params: { detail: messageOf(error) } }] };
    }
    throw error;
  } finally {
    db.close();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
