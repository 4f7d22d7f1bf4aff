// Derived data (the search index, the headline sort keys) is built by today's code, which a migration must
// never call: a migration is history and does not change when the services do. So a migration that needs
// the derived data rebuilt leaves a request in the settings table, in its own SQL, and the composition root
// honours it after migrate() with the current code (library/openLibrary.ts). The request stays until the
// rebuild has committed, so a crash in between only means rebuilding at the next open.
import type { Database } from 'better-sqlite3';

/** The settings keys a migration writes (as frozen SQL) to ask for a rebuild. */
export const rebuildRequestKeys = {
  /** The search index and the headlines' sort keys: what the library derives for finding articles. */
  searchIndex: 'rebuild:searchIndex',
  /** Bodies a migration copied as JSON text, to be deflated (store/articleBody.ts). */
  articleBodies: 'rebuild:articleBodies',
} as const;

export type RebuildRequest = keyof typeof rebuildRequestKeys;

export function rebuildRequested(db: Database, what: RebuildRequest): boolean {
  return db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(rebuildRequestKeys[what]) !== undefined;
}

/** Call in the transaction that did the rebuild. */
export function clearRebuildRequest(db: Database, what: RebuildRequest): void {
  db.prepare<[string]>('DELETE FROM settings WHERE key = ?').run(rebuildRequestKeys[what]);
}
