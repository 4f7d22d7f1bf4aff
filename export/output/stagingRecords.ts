// Export staging folders (`.newsdesk-export-…`, inside the reporter's chosen folder so the finished files move
// into place by rename) are recorded in the library with the process that made them, before they exist. A
// kill in the middle of an export (photos, a PDF, a zip: gigabytes) leaves the folder behind; the next start of
// the app or the CLI finds its record, sees the process gone, and removes it. A library opened read-only
// records nothing: its exports stage as before, and a kill there leaves the folder to the reporter.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { isProcessRunning } from '../../store/processAlive';

export const stagePrefix = '.newsdesk-export-';

export interface StagingRecords {
  add(root: string): void;
  remove(root: string): void;
}

export function libraryStagingRecords(db: Database): StagingRecords | undefined {
  if (db.readonly) return undefined;
  const insert = db.prepare<[string, number, string]>('INSERT OR REPLACE INTO export_staging (path, pid, started_at) VALUES (?, ?, ?)');
  const remove = db.prepare<[string]>('DELETE FROM export_staging WHERE path = ?');
  return {
    add: (root) => insert.run(root, process.pid, new Date().toISOString()),
    remove: (root) => remove.run(root),
  };
}

/** Removes the staging folders of exports whose process is gone; returns their paths. */
export function removeAbandonedStaging(db: Database): string[] {
  if (db.readonly) return [];
  const rows = db.prepare<[], { path: string; pid: number }>('SELECT path, pid FROM export_staging').all();
  const removed: string[] = [];
  for (const row of rows) {
    if (isProcessRunning(row.pid)) continue;
    // Only ever a folder of our own making, whatever the record says.
    if (path.basename(row.path).startsWith(stagePrefix) && path.isAbsolute(row.path)) {
      try {
        fs.rmSync(row.path, { recursive: true, force: true, maxRetries: 3 });
        removed.push(row.path);
      } catch {
        // Still there (a folder we may no longer write): keep the record, try again at the next start.
        continue;
      }
    }
    db.prepare<[string]>('DELETE FROM export_staging WHERE path = ?').run(row.path);
  }
  return removed;
}
