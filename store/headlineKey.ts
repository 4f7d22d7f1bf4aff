// The headline's sort key: a column of `articles` the library list sorts by (search/libraryQueries.ts),
// the Vietnamese collation as bytes SQLite compares with memcmp. Written by the article store with every
// save, like the other derived columns (plain text, word count): `articles` has one writer.
import type { Database } from 'better-sqlite3';
import { vietnameseSortKey } from '../common/text/vietnameseSortKey';

export function headlineKey(headline: string): Buffer {
  return Buffer.from(vietnameseSortKey(headline));
}

/** Re-derives every article's key from its headline (after a migration asked for it). Call in a transaction. */
export function rebuildHeadlineKeys(db: Database): void {
  const update = db.prepare<[Buffer, number]>('UPDATE articles SET headline_key = ? WHERE id = ?');
  // In batches: the connection cannot write while a statement is still iterating.
  const batch = db.prepare<[number], { id: number; headline: string }>('SELECT id, headline FROM articles WHERE id > ? ORDER BY id LIMIT 500');
  for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)!.id)) {
    for (const row of rows) update.run(headlineKey(row.headline), row.id);
  }
}
