// Every write goes through an IMMEDIATE transaction. A deferred one that reads first and writes later cannot
// upgrade its snapshot after another process (the CLI beside the app) wrote in between: SQLite then fails at
// once with "database is locked" instead of waiting. IMMEDIATE takes the write lock up front, and waits.
import type { Database } from 'better-sqlite3';

export function writeTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work).immediate();
}
