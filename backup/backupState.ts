// What the library knows of its backups: the last good one (when, how big, where), the folder automatic backups
// go to, and the change marker of the library as it was backed up. Kept in `backups.json` beside the database,
// not in it: recording a backup inside the library would itself change the library, and every check would
// then find "something changed".
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupStatus } from '../contract/schemas/backup';
import { syncDirectory, tempPath } from './tempFiles';

const markerSchema = z.object({ dbBytes: z.number(), dbModifiedMs: z.number(), walBytes: z.number(), walModifiedMs: z.number() });

const failureSchema = z.object({ at: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

const stateSchema = z.object({
  autoFolder: z.string().optional(),
  /** Automatic backups run only when on and a folder is chosen; choosing a folder turns them on. */
  autoEnabled: z.boolean().optional(),
  /** The last automatic backup that failed since the last good one: shown in Settings until one succeeds. */
  lastFailure: failureSchema.optional(),
  /**
   * Set when the library was found damaged and set aside at start: the library now open may be empty, and an
   * automatic backup of it would push the good backups out of the folder. Paused until the reporter turns
   * automatic backups back on.
   */
  autoPaused: z.object({ at: z.string(), reason: z.literal('librarySetAside'), setAside: z.string() }).optional(),
  /** Backups made before this instant (a set-aside) are never removed by retention. */
  keepBackupsBefore: z.string().optional(),
  last: z
    .object({ at: z.string(), bytes: z.number(), path: z.string(), articles: z.number(), photos: z.number(), marker: markerSchema })
    .optional(),
});

export type LibraryMarker = z.infer<typeof markerSchema>;
export type BackupState = z.infer<typeof stateSchema>;
export type BackupFailure = z.infer<typeof failureSchema>;

export const stateFileName = 'backups.json';
/** Settings warn when the last good backup is older than this. */
export const staleAfterDays = 3;

export function readBackupState(dataDir: string): BackupState {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, stateFileName), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Written whole or not at all: a temporary file, flushed, renamed. */
export async function writeBackupState(dataDir: string, state: BackupState): Promise<void> {
  const temp = tempPath(dataDir, 'state.json');
  try {
    await fs.promises.writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, { flush: true });
    await fs.promises.rename(temp, path.join(dataDir, stateFileName));
    await syncDirectory(dataDir);
  } finally {
    await fs.promises.rm(temp, { force: true });
  }
}

/**
 * What Settings shows: the last good backup, and the warning when it is too old. `oldestWorkAt` (the oldest
 * article's creation) decides the library screen's reminder: work older than the warning's days with no
 * backup that recent — so a library started today is not nagged about.
 */
export function backupStatus(dataDir: string, now: Date, oldestWorkAt: string | null = null): BackupStatus {
  const { last, autoFolder, autoEnabled, lastFailure, autoPaused } = readBackupState(dataDir);
  const stale = isBackupStale({ last }, now);
  const oldWork = oldestWorkAt !== null && now.getTime() - Date.parse(oldestWorkAt) > staleAfterDays * 24 * 60 * 60 * 1000;
  return {
    last: last ? { at: last.at, bytes: last.bytes, place: last.path, articles: last.articles, photos: last.photos } : null,
    stale,
    remind: stale && (last !== undefined || oldWork),
    staleAfterDays,
    automatic: { enabled: Boolean(autoEnabled && autoFolder && !autoPaused), folder: autoFolder ?? null, paused: autoPaused ? { at: autoPaused.at, setAside: autoPaused.setAside } : null },
    lastFailure: lastFailure ?? null,
  };
}

/** True when there is no good backup, or the last one is more than `days` old. */
export function isBackupStale(state: BackupState, now: Date, days = staleAfterDays): boolean {
  if (!state.last) return true;
  return now.getTime() - Date.parse(state.last.at) > days * 24 * 60 * 60 * 1000;
}

/** Reads, changes and writes the state in one go (the app is the one writer of its library's backups.json). */
export async function updateBackupState(dataDir: string, change: (state: BackupState) => BackupState): Promise<BackupState> {
  const next = change(readBackupState(dataDir));
  await writeBackupState(dataDir, next);
  return next;
}

/** Whether automatic backups should run: on, with a folder, and not paused after a set-aside. */
export function automaticBackupsOn(state: BackupState): state is BackupState & { autoFolder: string } {
  return Boolean(state.autoEnabled && state.autoFolder && !state.autoPaused);
}

/**
 * The library was set aside as damaged: automatic backups pause (so an empty library replacing it is not backed
 * up over the good backups) and every backup made before now is kept by retention from then on.
 */
export async function pauseAfterSetAside(dataDir: string, setAside: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await updateBackupState(dataDir, (state) => ({
    ...state,
    autoPaused: { at, reason: 'librarySetAside', setAside },
    keepBackupsBefore: state.keepBackupsBefore && state.keepBackupsBefore > at ? state.keepBackupsBefore : at,
  }));
}
