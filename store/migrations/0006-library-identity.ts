import type { Database } from 'better-sqlite3';

// The library says what it is: PRAGMA application_id marks the file as a Newsdesk library (store/libraryFile.ts
// checks it, with the version, before anything writes to a file), so another program's `newsdesk.sqlite` is
// never adopted. The value is fixed here, not imported: a migration is history and must not change with code.
//
// Two records for the export service, so that an export never deletes what it did not create:
// - export_records: what each export put in place (the top-level file or folder), with a fingerprint of it
//   (inode, modification time, size). Only a name whose fingerprint still matches is "our earlier export of
//   this article" and may be replaced; anything else at that name keeps it, and the export takes a free name.
// - export_staging: the hidden staging folders of exports in progress, with the process that made each, so a
//   folder left behind by a killed process is removed at the next start.
export const newsdeskApplicationIdAt6 = 0x4e77446b; // "NwDk"

export function up(db: Database): void {
  db.pragma(`application_id = ${newsdeskApplicationIdAt6}`);
  db.exec(`
    CREATE TABLE export_records (
      path TEXT PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      fingerprint TEXT NOT NULL,
      exported_at TEXT NOT NULL
    );
    CREATE INDEX export_records_by_article ON export_records (article_id);
    CREATE TABLE export_staging (
      path TEXT PRIMARY KEY,
      pid INTEGER NOT NULL,
      started_at TEXT NOT NULL
    );
  `);
}
