// The two ways to back up, each recorded in backups.json when it succeeds:
// - backupToFile: one self-contained .ndbackup file in a folder (`newsdesk backup --out DIR`, File → Back up);
// - backupToFolder: into a backup folder (automatic backups): the database snapshot in its own .ndbackup file,
//   photos once in the folder's shared photos/ tree; then the folder keeps 7 daily and 4 weekly backups, and
//   photos no kept backup names any more are removed.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { isBackupFileName, type Manifest } from './backupFormat';
import { readBackupState, writeBackupState } from './backupState';
import { libraryMarker, sameMarker } from './libraryMarker';
import { openBackup } from './openBackup';
import { backupsToKeep, defaultRetention, type RetentionPolicy } from './retention';
import { createBackup, type BackupOptions, type BackupResult } from './writeBackup';

export type FolderBackupResult = { made: true; backup: BackupResult; removed: string[] } | { made: false; path: string };

export async function backupToFile(db: Database, dataDir: string, outDir: string, options: Omit<BackupOptions, 'photos'> = {}): Promise<BackupResult> {
  const result = await createBackup(db, dataDir, outDir, { ...options, photos: 'inside' });
  await record(dataDir, result);
  return result;
}

export interface FolderOptions extends Omit<BackupOptions, 'photos'> {
  /** Skip the backup when nothing changed since the last one in this folder. */
  ifChanged?: boolean;
  retention?: RetentionPolicy;
  offsetMinutes?: number;
}

export async function backupToFolder(db: Database, dataDir: string, folder: string, options: FolderOptions = {}): Promise<FolderBackupResult> {
  const { last, keepBackupsBefore } = readBackupState(dataDir);
  const lastHere = last && path.dirname(last.path) === path.resolve(folder) && fs.existsSync(last.path);
  if (options.ifChanged && lastHere && sameMarker(last.marker, libraryMarker(dataDir))) return { made: false, path: last.path };
  const backup = await createBackup(db, dataDir, path.resolve(folder), { ...options, photos: 'folder' });
  await record(dataDir, backup);
  const now = options.now ?? new Date();
  const keepBefore = keepBackupsBefore ? new Date(keepBackupsBefore) : undefined;
  const made = { name: path.basename(backup.path), manifest: backup.manifest };
  const removed = await applyRetention(folder, options.retention ?? defaultRetention, options.offsetMinutes ?? -now.getTimezoneOffset(), keepBefore, made);
  return { made: true, backup, removed };
}

async function record(dataDir: string, result: BackupResult): Promise<void> {
  const state = readBackupState(dataDir);
  const { manifest } = result;
  await writeBackupState(dataDir, {
    ...state,
    lastFailure: undefined,
    last: { at: manifest.createdAt, bytes: result.bytes, path: result.path, articles: manifest.counts.articles, photos: manifest.counts.photos, marker: result.marker },
  });
}

/**
 * Removes the backups the policy does not keep, then the shared photos no kept backup lists. `made`: the
 * backup just written and verified, whose manifest need not be read again.
 */
export async function applyRetention(folder: string, policy: RetentionPolicy, offsetMinutes: number, keepBefore?: Date, made?: { name: string; manifest: Manifest }): Promise<string[]> {
  const names = (await fs.promises.readdir(folder)).filter(isBackupFileName);
  const dated = names.map((name) => ({ name, at: stampOf(name, offsetMinutes) }));
  const keep = backupsToKeep(dated, offsetMinutes, policy, keepBefore);
  const removed = names.filter((name) => !keep.has(name));
  for (const name of removed) await fs.promises.rm(path.join(folder, name), { force: true });
  await pruneSharedPhotos(folder, [...keep], made);
  return removed;
}

/** The name's local time stamp as an instant, for the reporter's offset. */
function stampOf(name: string, offsetMinutes: number): Date {
  const [, y, mo, d, h, mi, s] = /(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)/.exec(name)!.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - offsetMinutes * 60_000);
}

/**
 * Only when every kept backup's manifest reads: a photo is never removed on a guess. A photo copied in the last
 * day is left alone too: it may belong to a backup into this folder that is still being written.
 */
async function pruneSharedPhotos(folder: string, kept: readonly string[], made?: { name: string; manifest: Manifest }): Promise<void> {
  const youngerThan = Date.now() - 24 * 60 * 60 * 1000;
  const wanted = new Set<string>();
  for (const name of kept) {
    if (name === made?.name) {
      for (const photo of made.manifest.photos.files) wanted.add(photo.path);
      continue;
    }
    try {
      const backup = await openBackup(path.join(folder, name));
      for (const photo of backup.manifest.photos.files) wanted.add(photo.path);
      backup.close();
    } catch {
      return;
    }
  }
  // Listed with one call per folder (cached entries, cheap), not as 257 trips to the thread pool.
  const originals = path.join(folder, 'photos', 'originals');
  for (const sub of listing(originals)) {
    for (const file of listing(path.join(originals, sub))) {
      const full = path.join(originals, sub, file);
      if (wanted.has(`photos/originals/${sub}/${file}`)) continue;
      const stat = await fs.promises.stat(full).catch(() => null);
      if (stat && stat.mtimeMs < youngerThan) await fs.promises.rm(full, { force: true });
    }
  }
}

function listing(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
