import type { Database } from 'better-sqlite3';

// The parts of a Vietnamese news report beyond headline and body: sapo (standfirst), dateline, credit line,
// section, tags, a target length, the article's language, and when each status change happened.
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT 'vi' CHECK (language IN ('vi', 'en'));
    ALTER TABLE articles ADD COLUMN sapo TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN dateline_place TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN dateline_date TEXT;
    ALTER TABLE articles ADD COLUMN credit_role TEXT CHECK (credit_role IN ('text', 'photos', 'textAndPhotos', 'compiledBy'));
    ALTER TABLE articles ADD COLUMN credit_names TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN section TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN target_words INTEGER;
    ALTER TABLE articles ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE article_tags (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      tag TEXT NOT NULL,
      PRIMARY KEY (article_id, position)
    ) STRICT;
    CREATE INDEX article_tags_by_tag ON article_tags (tag);

    CREATE TABLE status_changes (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'filed')),
      changed_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX status_changes_by_article ON status_changes (article_id, changed_at);

    -- Articles from before: their present status, since they were created.
    INSERT INTO status_changes (article_id, status, changed_at) SELECT id, status, created_at FROM articles;
  `);
  // Word counts for existing articles follow the counting rule (whitespace tokens with a letter or digit).
  const rows = db.prepare<[], { id: number; body_text: string }>('SELECT id, body_text FROM articles').all();
  const update = db.prepare('UPDATE articles SET word_count = ? WHERE id = ?');
  for (const row of rows) update.run(countWords(row.body_text), row.id);
}

// A migration keeps its own copy of the rule: it must do tomorrow exactly what it did when it shipped.
function countWords(text: string): number {
  return text.normalize('NFC').split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
