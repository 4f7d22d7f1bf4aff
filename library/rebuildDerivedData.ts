// What a migration asked to be rebuilt (store/rebuildRequests.ts), rebuilt by today's code right after the
// library is migrated: the migration itself never runs service code.
import type { Database } from 'better-sqlite3';
import { LibraryIndex, rebuildLibraryIndex } from '../search/libraryIndex';
import { compactArticleBodies } from '../store/articleBody';
import { rebuildHeadlineKeys } from '../store/headlineKey';
import { clearRebuildRequest, rebuildRequested } from '../store/rebuildRequests';
import { writeTransaction } from '../store/writeTransaction';

/** Of two processes opening the library at once, the second waits for the first and finds it done. */
export function rebuildDerivedData(db: Database): void {
  if (rebuildRequested(db, 'articleBodies')) {
    writeTransaction(db, () => {
      if (!rebuildRequested(db, 'articleBodies')) return;
      compactArticleBodies(db);
      clearRebuildRequest(db, 'articleBodies');
    });
  }
  if (rebuildRequested(db, 'searchIndex')) {
    writeTransaction(db, () => {
      if (!rebuildRequested(db, 'searchIndex')) return;
      rebuildHeadlineKeys(db);
      rebuildLibraryIndex(db);
      clearRebuildRequest(db, 'searchIndex');
    });
  }
  // Search rows a save left pending when the process ended before writing them (a crash, a kill).
  new LibraryIndex(db, -1).flush();
}
