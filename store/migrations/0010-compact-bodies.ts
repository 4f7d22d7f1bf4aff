import type { Database } from 'better-sqlite3';

// The body stored once, compactly, and the search index updated off the save path.
// - articles.body replaces body_json and body_text: the body's TipTap JSON, deflated (a BLOB) as today's code
//   writes it, or JSON text. The derived plain text is no longer stored: it took as much room as the body,
//   and every reader (counts, search snippets, the CLI) derives it from the body instead. A migration runs
//   SQL only and cannot deflate, so this one copies the JSON as text and asks today's code to compact it
//   (a 'rebuild:articleBodies' row in settings; see store/rebuildRequests.ts). ADD COLUMN puts the body last,
//   after every small column, so reading a list row never walks the body's overflow pages.
// - search_pending: articles saved since their search rows were last written. A save only records the id
//   here, in its own transaction; search/libraryIndex.ts rewrites those rows before the next search runs,
//   when the library is idle, and at close, so a search always sees every committed save.
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN body ANY NOT NULL DEFAULT '';
    UPDATE articles SET body = body_json;
    ALTER TABLE articles DROP COLUMN body_json;
    ALTER TABLE articles DROP COLUMN body_text;

    CREATE TABLE search_pending (article_id INTEGER PRIMARY KEY) STRICT;

    INSERT INTO settings (key, value) VALUES ('rebuild:articleBodies', '1')
      ON CONFLICT (key) DO UPDATE SET value = excluded.value;
  `);
}
