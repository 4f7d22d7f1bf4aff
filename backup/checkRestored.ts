// The check a restore makes before it names the new library. Every byte was already hashed against the manifest
// while it was written, and the manifest's database is the snapshot that passed integrity_check when the backup
// was made: the same SHA-256 means the same bytes, so running integrity_check again would only repeat it (it is
// most of a restore's time). What is left to prove is that those bytes are the library the manifest describes:
// it opens, its version is one this Newsdesk knows, its counts and links are right, and every photo original it
// names is there, with a name that is its checksum. `newsdesk verify` runs the full checks at any time.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestVersion } from '../store/migrations/index';
import { databaseFileName } from '../store/openDatabase';
import { backupErrors } from './backupErrors';
import { photoEntryPattern, type Manifest } from './backupFormat';
import { readContents } from './snapshot';

export function checkRestored(dir: string, manifest: Manifest, backupFile: string): { articles: number; photos: number } {
  const damaged = (detail: string) => backupErrors.damaged(backupFile, detail);
  for (const file of manifest.photos.files) {
    if (photoEntryPattern.exec(file.path)?.[1] !== file.sha256) throw damaged(`${file.path} is not named by its checksum`);
  }
  let db: Database.Database;
  try {
    db = new Database(path.join(dir, databaseFileName), { readonly: true, fileMustExist: true });
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  try {
    const contents = readContents(db);
    if (contents.schemaVersion > latestVersion) throw backupErrors.tooNew(backupFile, contents.schemaVersion, latestVersion);
    if (contents.schemaVersion !== manifest.schemaVersion) throw damaged('the database is not the version the manifest names');
    const counts = { articles: contents.articles, photos: contents.photos.length };
    if (counts.articles !== manifest.counts.articles || counts.photos !== manifest.counts.photos) throw damaged('the database does not hold what the manifest counts');
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) throw damaged('the database has broken links');
    const leftOut = new Set(manifest.leftOut.map((photo) => photo.hash));
    for (const photo of contents.photos) {
      if (leftOut.has(photo.hash)) continue;
      if (!fs.statSync(path.join(dir, ...photo.entry.split('/')), { throwIfNoEntry: false })?.isFile()) throw damaged(`${photo.entry} is missing`);
    }
    return counts;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_')) throw damaged((error as Error).message);
    throw error;
  } finally {
    db.close();
  }
}
