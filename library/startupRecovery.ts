// Which library folder the app opens at start, after the quick check (backup/startupCheck.ts): the current one
// when it is whole; when it is damaged, it is set aside untouched and the reporter is offered the newest backup,
// restored into a new folder and verified before the data folder points at it. Asking is the shell's (a native
// message box); everything else is here, so it is tested without Electron.
import path from 'node:path';
import { isNewsdeskError } from '../common/errors/newsdeskError';
import { translateError, type Translate } from '../common/i18n/catalog';
import { backupFileName } from '../backup/backupFormat';
import { restoreBackup } from '../backup/restoreBackup';
import { pauseAfterSetAside } from '../backup/backupState';
import { newestBackup, quickCheckLibrary, setAsideLibrary } from '../backup/startupCheck';
import { currentLibraryDir } from './libraryLocation';
import { switchLibraryTo } from './switchLibrary';

export interface StartupQuestion {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
}

/** Shows the question, resolves with the index of the button pressed. */
export type Ask = (question: StartupQuestion) => Promise<number>;

export interface StartupChoice {
  libraryDir: string;
  /** Set when the library was damaged: where it was set aside. */
  setAside?: string;
  restoredFrom?: string;
}

export async function libraryDirAtStart(dataDir: string, t: Translate, ask: Ask, now = new Date()): Promise<StartupChoice> {
  const libraryDir = currentLibraryDir(dataDir);
  const check = quickCheckLibrary(libraryDir);
  if (!check.damaged) return { libraryDir };
  const setAside = setAsideLibrary(libraryDir, now);
  // Before anything else: whatever the reporter answers, the library left in this folder may be empty.
  await pauseAfterSetAside(libraryDir, setAside, now);
  const damaged = t('startup.damaged', { problem: check.problems[0] ?? '', path: setAside });
  const title = t('startup.damagedTitle');
  const newest = newestBackup(libraryDir);
  if (!newest) {
    await ask({ title, message: title, detail: `${damaged}\n\n${t('startup.noBackup')}`, buttons: ['OK'] });
    return { libraryDir, setAside };
  }
  const answer = await ask({
    title,
    message: title,
    detail: `${damaged}\n\n${t('startup.offerBackup', { backup: newest })}`,
    buttons: [t('startup.restoreNewest'), t('startup.startEmpty')],
  });
  if (answer !== 0) return { libraryDir, setAside };
  const target = path.join(dataDir, backupFileName(now).replace(/^newsdesk-backup-/, 'Newsdesk-restored-').replace(/\.ndbackup$/, ''));
  try {
    await restoreBackup(newest, target);
    await switchLibraryTo(dataDir, libraryDir, target);
    return { libraryDir: target, setAside, restoredFrom: newest };
  } catch (error) {
    const reason = isNewsdeskError(error) ? translateError(t, error.code, error.params) : String(error);
    await ask({ title, message: title, detail: t('startup.restoreFailed', { reason: reason.replace(/[.。]$/, '') }), buttons: ['OK'] });
    return { libraryDir, setAside };
  }
}
