// Temporary files a killed import left in the photo store (`.tmp-<pid>-…`, a whole photo's bytes each), removed
// when the library opens, in the app and the CLI alike. Only those of a process that is no longer running:
// another process may be importing into the same library right now. Names from before the pid was recorded
// are left to the cleanup (`photo cleanup`), which removes them once they are an hour old.
import fs from 'node:fs';
import path from 'node:path';
import { isProcessRunning } from '../store/processAlive';
import { PhotoFolder, listSync, tempFileProcess } from './photoFolder';

/** Removes the stale temporary files; returns their paths. */
export function removeStaleTempFiles(dataDir: string): string[] {
  const removed: string[] = [];
  for (const dir of new PhotoFolder(dataDir).tempFolders()) {
    for (const entry of listSync(dir)) {
      const pid = tempFileProcess(entry.name);
      if (!entry.isFile() || pid === undefined || isProcessRunning(pid)) continue;
      const file = path.join(dir, entry.name);
      try {
        fs.rmSync(file, { force: true });
        removed.push(file);
      } catch {
        // Not ours to fight over (permissions): the cleanup can try again later.
      }
    }
  }
  return removed;
}
