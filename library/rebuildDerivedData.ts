// What a migration asked to be rebuilt (store/rebuildRequests.ts), rebuilt by today's code right after the
// library is migrated: the migration itself never runs service code.
import type { Database } from 'better-sqlite3';
import { rebuildLibraryIndex } from '../search/libraryIndex';
import { rebuildHeadlineKeys } from '../store/headlineKey';
import { clearRebuildRequest, rebuildRequested } from '../store/rebuildRequests';
import { writeTransaction } from '../store/writeTransaction';

/** Of two processes opening the library at once, the second waits for the first and finds it done. */
export function rebuildDerivedData(db: Database): void {
  if (!rebuildRequested(db, 'searchIndex')) return;
  writeTransaction(db, () => {
    if (!rebuildRequested(db, 'searchIndex')) return;
    rebuildHeadlineKeys(db);
    rebuildLibraryIndex(db);
    clearRebuildRequest(db, 'searchIndex');
  });
}
