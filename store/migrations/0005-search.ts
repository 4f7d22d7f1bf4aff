import type { Database } from 'better-sqlite3';

// The library and its search: a trash (deleted_at), a Vietnamese sort key for headlines, one index per way
// the library sorts, two FTS5 indexes and the lists of indexed words that complete a typed prefix.
//
// - Sort indexes are partial (live articles only: the trash is small and sorted in memory) and carry the
//   filter columns, so a filtered page and its OFFSET are read from the index alone, without table rows.
//   They end with deleted_at (always NULL there, one byte) only so that SQLite sees them as covering:
//   otherwise it reads each row for that column, past the body's overflow pages. The section and status
//   indexes serve the totals of filtered lists.
// - search_folded: every searchable column, folded (no marks, đ → d), for recall, phrases, prefixes and
//   bm25. search_exact: all words in their exact form (marks kept, tone placement normalised), only to know
//   which articles hold the marked words of a query as typed, so detail=none (no positions, no columns).
// - Both are contentless (content=''): the text already lives in `articles`; storing it again would double
//   the library. contentless_delete=1 lets a save replace an article's row without supplying the old text.
//   Snippets are therefore cut by search/highlight.ts from the articles' own text, with the same tokenizer.
// - The words are tokenized and folded by search/searchTokens.ts before FTS5 sees them, so unicode61 only
//   splits on the spaces we put there; remove_diacritics 0 because our own folding already did that job, and
//   right (unicode61 never folds đ, and misses letters with two marks such as ộ).
// - Search-as-you-type makes the last word a prefix. FTS5 answers a prefix without a prefix index of its
//   length by merging the doclists of every word that starts with it, on every keystroke. prefix='2' covers
//   two letters (`th*`: hundreds of words); from three letters on, search_words (every folded word ever
//   indexed, a few tens of thousands) turns the prefix into the handful of words it can be (`thu*` → thua,
//   thuc, thue…), which FTS5 reads lazily. Each prefix length indexed would add about a third to the index.
//   search_marked_words does the same for the exact forms that carry marks (`đườn` → đường).
//   A one-letter last word is matched whole (see buildQuery.ts).
//
// The index is derived data, built by today's code, which a migration never calls: this one only asks for the
// rebuild (a 'rebuild:searchIndex' row in settings; see store/rebuildRequests.ts), which the library does
// right after migrating. A change to the folding or tokenizing rules ships with a migration that asks again.
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN deleted_at TEXT;
    ALTER TABLE articles ADD COLUMN headline_key BLOB NOT NULL DEFAULT x'';

    CREATE INDEX articles_live_by_updated ON articles (updated_at, id, status, section, dateline_date, deleted_at) WHERE deleted_at IS NULL;
    CREATE INDEX articles_live_by_created ON articles (created_at, id, status, section, dateline_date, deleted_at) WHERE deleted_at IS NULL;
    CREATE INDEX articles_live_by_dateline ON articles (dateline_date, id, status, section, deleted_at) WHERE deleted_at IS NULL;
    CREATE INDEX articles_live_by_headline ON articles (headline_key, id, status, section, dateline_date, deleted_at) WHERE deleted_at IS NULL;
    CREATE INDEX articles_live_by_section ON articles (section, status, dateline_date, deleted_at) WHERE deleted_at IS NULL;
    CREATE INDEX articles_live_by_status ON articles (status, dateline_date, deleted_at) WHERE deleted_at IS NULL;
    CREATE INDEX articles_in_trash ON articles (deleted_at) WHERE deleted_at IS NOT NULL;

    CREATE VIRTUAL TABLE search_folded USING fts5 (
      headline, sapo, body, captions, credits, tags,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '2'
    );
    CREATE VIRTUAL TABLE search_exact USING fts5 (
      words,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', detail = none
    );
    CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TABLE search_marked_words (word TEXT PRIMARY KEY) WITHOUT ROWID;

    INSERT INTO settings (key, value) VALUES ('rebuild:searchIndex', '1')
      ON CONFLICT (key) DO UPDATE SET value = excluded.value;
  `);
}
