import type { Database } from 'better-sqlite3';

// Filing freezes a revision (issue #18): "File…" seals the article as it is now as a revision of reason
// 'filed' (its label names the destination, so retention keeps it), and the queue item names that revision.
// - article_revisions: rebuilt with 'filed' among the reasons (SQLite cannot change a CHECK in place); every
//   row is copied as it is.
// - outbox_items.revision: the article's revision the item sends; NULL for items filed before this version
//   (their snapshot alone says what they send).
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE article_revisions_0009 (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('created', 'earlier', 'autosave', 'status', 'label', 'update', 'revert', 'filed')),
      label TEXT,
      started_at TEXT NOT NULL,
      at TEXT NOT NULL,
      words INTEGER NOT NULL,
      keep INTEGER NOT NULL DEFAULT 0 CHECK (keep IN (0, 1)),
      restored_from INTEGER,
      snapshot BLOB,
      PRIMARY KEY (article_id, number)
    ) STRICT;
    INSERT INTO article_revisions_0009 (article_id, number, reason, label, started_at, at, words, keep, restored_from, snapshot)
      SELECT article_id, number, reason, label, started_at, at, words, keep, restored_from, snapshot FROM article_revisions;
    DROP TABLE article_revisions;
    ALTER TABLE article_revisions_0009 RENAME TO article_revisions;

    ALTER TABLE outbox_items ADD COLUMN revision INTEGER CHECK (revision IS NULL OR revision > 0);
  `);
}
