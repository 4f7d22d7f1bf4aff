import type { Database } from 'better-sqlite3';

// Integer ids keep the CLI typeable and give FTS5 a rowid to join on; the uuid is the article's identity
// outside this library (NINJS `uri`, exports).
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      headline TEXT NOT NULL DEFAULT '',
      body_json TEXT NOT NULL,
      body_text TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'filed')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX articles_by_updated ON articles (updated_at DESC);
  `);
}
