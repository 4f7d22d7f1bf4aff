// What a killed process can leave behind, reclaimed when a library opens (the app and the CLI both open it
// through openLibrary): photo import temporary files, export staging folders and a killed backup's temporary
// files (its database-sized snapshot) whose process is gone.
import type { Database } from 'better-sqlite3';
import { sweepTempFilesSync } from '../backup/tempFiles';
import { removeAbandonedStaging } from '../export/output/stagingRecords';
import { removeStaleTempFiles } from '../photos/staleTempFiles';

export function reclaimCrashLeftovers(db: Database, dataDir: string): void {
  // A library opened read-only cannot record or forget anything: left for a start that can.
  if (db.readonly) return;
  removeStaleTempFiles(dataDir);
  removeAbandonedStaging(db);
  sweepTempFilesSync(dataDir);
}
