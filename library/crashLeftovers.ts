// What a killed process can leave behind, reclaimed when a library opens (the app and the CLI both open it
// through openLibrary): photo import temporary files and export staging folders whose process is gone.
import type { Database } from 'better-sqlite3';
import { removeAbandonedStaging } from '../export/output/stagingRecords';
import { removeStaleTempFiles } from '../photos/staleTempFiles';

export function reclaimCrashLeftovers(db: Database, dataDir: string): void {
  // A library opened read-only cannot record or forget anything: left for a start that can.
  if (db.readonly) return;
  removeStaleTempFiles(dataDir);
  removeAbandonedStaging(db);
}
