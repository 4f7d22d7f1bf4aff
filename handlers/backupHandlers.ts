// The backup calls over the library and the shell's dialogs. Every path comes from the shell (its folder and
// open dialogs); without a shell (the browser harness) the calls that need one answer `backupDialogUnavailable`.
import fs from 'node:fs';
import path from 'node:path';
import { NewsdeskError } from '../common/errors/newsdeskError';
import type { BackupProgressEvent } from '../contract/schemas/backup';
import { backupFileName } from '../backup/backupFormat';
import { backupToFile } from '../backup/backupLibrary';
import { backupStatus, updateBackupState } from '../backup/backupState';
import { restoreBackup } from '../backup/restoreBackup';
import type { Library } from '../library/openLibrary';
import type { HandlerTable } from './handlerTypes';

export type FolderPurpose = 'backup' | 'automatic' | 'restoreTarget';

export interface BackupShell {
  /** The shell's folder dialog; undefined when the reporter cancelled. */
  chooseBackupFolder?: (purpose: FolderPurpose) => Promise<string | undefined>;
  /** The shell's open dialog for a .ndbackup file; undefined when cancelled. */
  chooseBackupFile?: () => Promise<string | undefined>;
  onBackupProgress?: (progress: BackupProgressEvent) => void;
  /** The automatic settings changed: the shell checks at once whether a backup is due. */
  onAutomaticChanged?: () => void;
  /** A restored, verified library: the shell switches the app to it. */
  switchLibrary?: (libraryDir: string) => Promise<void> | void;
}

type BackupHandlers = Pick<
  HandlerTable,
  'getBackupStatus' | 'setAutomaticBackups' | 'chooseAutomaticBackupFolder' | 'backupLibraryFromDialog' | 'restoreBackupFromDialog'
>;

export function createBackupHandlers(library: Library, shell: BackupShell = {}): BackupHandlers {
  // Two indexed lookups (live articles, then the trash) instead of a scan of every row: the status is asked for
  // as the library screen opens, and a scan of 100,000 rows held the first rows back by 80 ms.
  const oldestWork = () =>
    (
      library.db
        .prepare(
          `SELECT min(at) AS at FROM (SELECT min(created_at) AS at FROM articles WHERE deleted_at IS NULL
                                     UNION ALL SELECT min(created_at) FROM articles WHERE deleted_at IS NOT NULL)`,
        )
        .get() as { at: string | null }
    ).at;
  const status = () => backupStatus(library.dataDir, new Date(), oldestWork());
  const need = <T>(tool: T | undefined): T => {
    if (!tool) throw new NewsdeskError('backupDialogUnavailable');
    return tool;
  };
  return {
    getBackupStatus: status,
    setAutomaticBackups: async ({ enabled }) => {
      await updateBackupState(library.dataDir, (state) => ({ ...state, autoEnabled: enabled, autoPaused: undefined }));
      shell.onAutomaticChanged?.();
      return status();
    },
    chooseAutomaticBackupFolder: async () => {
      const folder = await need(shell.chooseBackupFolder)('automatic');
      if (!folder) return status();
      await updateBackupState(library.dataDir, (state) => ({ ...state, autoFolder: path.resolve(folder), autoEnabled: true, autoPaused: undefined, lastFailure: undefined }));
      shell.onAutomaticChanged?.();
      return status();
    },
    backupLibraryFromDialog: async () => {
      const folder = await need(shell.chooseBackupFolder)('backup');
      if (!folder) return null;
      const progress = shell.onBackupProgress;
      const result = await backupToFile(library.db, library.dataDir, folder, {
        progress: progress && (({ doneBytes, totalBytes }) => progress({ task: 'backup', doneBytes, totalBytes })),
      });
      return { path: result.path, bytes: result.bytes, articles: result.manifest.counts.articles, photos: result.manifest.counts.photos };
    },
    restoreBackupFromDialog: async () => {
      const file = await need(shell.chooseBackupFile)();
      if (!file) return null;
      const folder = await need(shell.chooseBackupFolder)('restoreTarget');
      if (!folder) return null;
      const progress = shell.onBackupProgress;
      const restored = await restoreBackup(file, await restoreTarget(folder), {
        progress: progress && ((doneBytes, totalBytes) => progress({ task: 'restore', doneBytes, totalBytes })),
      });
      await shell.switchLibrary?.(restored.path);
      return restored;
    },
  };
}

/** An empty folder the reporter picked is the new library's; else a new folder inside it, named for the time. */
async function restoreTarget(folder: string): Promise<string> {
  const entries = await fs.promises.readdir(folder).catch(() => null);
  if (entries !== null && entries.length === 0) return folder;
  const name = backupFileName(new Date()).replace(/^newsdesk-backup-/, 'Newsdesk-restored-').replace(/\.ndbackup$/, '');
  let target = path.join(folder, name);
  for (let n = 2; fs.existsSync(target); n++) target = path.join(folder, `${name}-${n}`);
  return target;
}
