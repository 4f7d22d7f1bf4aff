import type { Database } from 'better-sqlite3';

// An article's history, and the counter a save names as its base.
// - articles.version grows by one with every write of the article's content or details; a save names the
//   version it was based on, and one based on an older version (another window, the CLI, a restore) is refused.
// - article_revisions: per article, numbered revisions (1, 2, 3 … never reused after thinning). `snapshot` is
//   the content (headline, sapo, body, dateline, credit, section, tags, target) as deflated JSON; NULL marks the
//   one open revision, the newest, whose content is the article's current one (autosaves coalesce into it
//   without writing a snapshot). `keep` marks a revision retention must never thin (from before a large
//   deletion or a replacing change). `started_at` is when an open revision began, `at` its last change.
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE article_revisions (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('created', 'earlier', 'autosave', 'status', 'label', 'update', 'revert')),
      label TEXT,
      started_at TEXT NOT NULL,
      at TEXT NOT NULL,
      words INTEGER NOT NULL,
      keep INTEGER NOT NULL DEFAULT 0 CHECK (keep IN (0, 1)),
      restored_from INTEGER,
      snapshot BLOB,
      PRIMARY KEY (article_id, number)
    ) STRICT;
    -- Every article starts its history open: revision 1 follows its current text until the next save.
    INSERT INTO article_revisions (article_id, number, reason, started_at, at, words)
      SELECT id, 1, 'earlier', updated_at, updated_at, word_count FROM articles;
  `);
}
