// Which folder holds the library in use. Normally the data folder itself; after a restore (Help → Restore from
// backup…, or the offer at start after damage) the restored library is in a new folder, and a small pointer in
// the data folder, `library-location.json`, names it: the current library is never overwritten, and the app
// and the CLI (without --data-dir) both follow the pointer. A pointer to a folder without a library is ignored.
// No zod here: the CLI reads the pointer on every command, and `list` starts without it.
import fs from 'node:fs';
import path from 'node:path';
import { syncDirectory, tempPath } from '../backup/tempFiles';
import { databaseFileName } from '../store/openDatabase';

export const pointerFileName = 'library-location.json';

export function currentLibraryDir(dataDir: string): string {
  try {
    const { path: pointed } = JSON.parse(fs.readFileSync(path.join(dataDir, pointerFileName), 'utf8')) as { path?: unknown };
    if (typeof pointed === 'string' && path.isAbsolute(pointed) && fs.statSync(path.join(pointed, databaseFileName), { throwIfNoEntry: false })?.isFile()) {
      return pointed;
    }
  } catch {
    // No pointer (the usual case), or one that does not read: the data folder itself.
  }
  return dataDir;
}

/** Points the data folder at a library folder, written whole or not at all. */
export async function writeLibraryPointer(dataDir: string, libraryDir: string): Promise<void> {
  const temp = tempPath(dataDir, 'location.json');
  try {
    await fs.promises.writeFile(temp, `${JSON.stringify({ path: path.resolve(libraryDir) }, null, 2)}\n`, { flush: true });
    await fs.promises.rename(temp, path.join(dataDir, pointerFileName));
    await syncDirectory(dataDir);
  } finally {
    await fs.promises.rm(temp, { force: true });
  }
}
