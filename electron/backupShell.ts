// What backups need from the shell: its own folder and open dialogs (the only way a path is chosen), progress
// and outcomes pushed to the window, File → Back up library… and Help → Restore from backup… run through the
// dispatch like any call, the switch to a restored library (the data folder's pointer, then a relaunch whose
// quit waits for the page to save), and the automatic backup held at quit for at most a time limit.
import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import { api } from '../contract/api';
import type { MenuCommand } from '../contract/events';
import { createTranslator, translateError, type Translate } from '../common/i18n/catalog';
import type { AutomaticBackups } from '../backup/automaticBackups';
import { backupExtension } from '../backup/backupFormat';
import type { BackupShell, FolderPurpose } from '../handlers/backupHandlers';
import type { Dispatch } from '../handlers/dispatch';
import { switchLibraryTo } from '../library/switchLibrary';
import type { Library } from '../library/openLibrary';
import type { Ask } from '../library/startupRecovery';
import { sendEvent } from './sendEvent';

/** Quitting waits this long at most for the automatic backup; an unfinished one leaves only temporary files. */
export const quitBackupLimitMs = 20_000;

const folderTitles: Record<FolderPurpose, string> = {
  backup: 'backup.chooseFolderTitle',
  automatic: 'backup.chooseAutomaticTitle',
  restoreTarget: 'backup.chooseRestoreTitle',
};

const focused = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

async function openDialog(options: OpenDialogOptions): Promise<string | undefined> {
  const window = focused();
  const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return canceled ? undefined : filePaths[0];
}

export function backupShell(library: Library, dataDir: string, automatic: AutomaticBackups): BackupShell {
  const t = () => createTranslator(library.settings.language());
  return {
    chooseBackupFolder: (purpose) => openDialog({ title: t()(folderTitles[purpose] as 'backup.chooseFolderTitle'), properties: ['openDirectory', 'createDirectory'] }),
    chooseBackupFile: () =>
      openDialog({ title: t()('backup.chooseFileTitle'), properties: ['openFile'], filters: [{ name: t()('backup.fileFilter'), extensions: [backupExtension.slice(1)] }] }),
    onBackupProgress: (progress) => sendEvent(focused()?.webContents, 'backupProgress', progress),
    onAutomaticChanged: () => void automatic.run('daily'),
    switchLibrary: async (libraryDir) => {
      await switchLibraryTo(dataDir, library.dataDir, libraryDir);
      // After the call has answered and its outcome is shown: the ordinary quit (the page saves first) and a new start.
      setTimeout(() => {
        app.relaunch();
        app.quit();
      }, 1500);
    },
  };
}

/** File → Back up library… and Help → Restore from backup…; false for any other command. */
export function runBackupMenuCommand(command: MenuCommand, dispatch: Dispatch, language: () => Translate): boolean {
  if (command !== 'backUpLibrary' && command !== 'restoreFromBackup') return false;
  void (async () => {
    const t = language();
    const task = command === 'backUpLibrary' ? 'backup' : 'restore';
    const contract = task === 'backup' ? api.backupLibraryFromDialog : api.restoreBackupFromDialog;
    const reply = await dispatch(contract.channel, {});
    let line: string;
    if (!reply.ok) line = translateError(t, reply.error.code, reply.error.params);
    else if (reply.value === null) return;
    else if (task === 'backup') {
      const made = api.backupLibraryFromDialog.output.parse(reply.value)!;
      line = t('backup.made', { path: made.path, size: megabytes(made.bytes) });
    } else {
      const restored = api.restoreBackupFromDialog.output.parse(reply.value)!;
      line = t('backup.restored', { path: restored.path, articles: restored.articles, photos: restored.photos });
    }
    sendEvent(focused()?.webContents, 'backupOutcome', { task, ok: reply.ok, line });
  })();
  return true;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The last step of quitting (after every window's page saved, electron/closeGuard.ts): the automatic backup
 * when the library changed, at most `limitMs`, then `finish` (close the library) and the quit goes on.
 */
export function backupAtQuit(automatic: AutomaticBackups, finish: () => void, limitMs = quitBackupLimitMs): void {
  let stage: 'running' | 'backingUp' | 'done' = 'running';
  app.on('will-quit', (event) => {
    // A second quit while the backup runs (the last window closing, Quit pressed again) waits for it too.
    if (stage === 'backingUp') return event.preventDefault();
    if (stage === 'running' && automatic.dueAtQuit()) {
      event.preventDefault();
      stage = 'backingUp';
      void automatic.atQuit(limitMs).finally(() => {
        stage = 'done';
        app.quit();
      });
      return;
    }
    stage = 'done';
    automatic.stop();
    finish();
  });
}

/** The start-up question (a damaged library, the newest backup offered) as a native message box. */
export const askWithMessageBox: Ask = async ({ title, message, detail, buttons }) =>
  (await dialog.showMessageBox({ type: 'warning', title, message, detail, buttons, defaultId: 0, cancelId: buttons.length - 1, noLink: true })).response;
