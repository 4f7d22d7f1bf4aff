import type { Database } from 'better-sqlite3';

// The photo store: one row per distinct original (content-addressed by the SHA-256 of its bytes), and which
// articles use which photos, in order of appearance. article_photos is derived from each article's body in
// the same transaction as the save, so "is this photo used anywhere" is one indexed lookup. AUTOINCREMENT: a
// photo id is never reused after a cleanup, so a figure (in an undo stack, an export) can never show another
// photo, and a cached newsdesk-photo://<id>/<size> stays right forever.
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE photos (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
      original_name TEXT NOT NULL,
      mime TEXT NOT NULL,
      bytes INTEGER NOT NULL CHECK (bytes > 0),
      width INTEGER NOT NULL CHECK (width > 0),
      height INTEGER NOT NULL CHECK (height > 0),
      caption TEXT NOT NULL DEFAULT '',
      credit TEXT NOT NULL DEFAULT '',
      creator TEXT NOT NULL DEFAULT '',
      copyright TEXT NOT NULL DEFAULT '',
      taken_at TEXT,
      imported_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE article_photos (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      photo_id INTEGER NOT NULL REFERENCES photos (id),
      position INTEGER NOT NULL,
      PRIMARY KEY (article_id, position)
    ) STRICT;
    CREATE INDEX article_photos_by_photo ON article_photos (photo_id);
  `);
}
