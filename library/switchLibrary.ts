// Switching the app to a restored library: the data folder's pointer names the new folder (libraryLocation.ts),
// and the automatic backup settings (folder, on/off) and the last good backup follow it, so the reporter's
// backups go on where they went.
import path from 'node:path';
import { readBackupState, writeBackupState } from '../backup/backupState';
import { writeLibraryPointer } from './libraryLocation';

export async function switchLibraryTo(dataDir: string, fromDir: string, libraryDir: string): Promise<void> {
  const target = path.resolve(libraryDir);
  if (path.resolve(fromDir) !== target) {
    // The restored library is whole: backups go on, still keeping every backup made before the set-aside.
    const { autoFolder, autoEnabled, last, keepBackupsBefore } = readBackupState(fromDir);
    await writeBackupState(target, { ...readBackupState(target), autoFolder, autoEnabled, last, keepBackupsBefore });
  }
  await writeLibraryPointer(dataDir, target);
}
