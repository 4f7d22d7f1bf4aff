// The read-back a backup makes before it is named (backup/readBack.ts), on worker threads: a whole backup
// passes however the entries are shared out, and one flipped byte in any entry is refused by name.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupToFile } from '../../backup/backupLibrary';
import { isNewsdeskError } from '../../common/errors/newsdeskError';
import { openBackup } from '../../backup/openBackup';
import { readBackWhole } from '../../backup/readBack';
import type { Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary } from './backupFixture';

const tempDir = useTempDirs('newsdesk-read-back');
const open: Library[] = [];
afterEach(() => {
  for (const library of open.splice(0)) library.close();
});

async function backupFile(): Promise<{ file: string; lib: Library }> {
  const lib = await makeLibrary(path.join(tempDir(), 'library'));
  open.push(lib);
  return { file: (await backupToFile(lib.db, lib.dataDir, tempDir())).path, lib };
}

async function readBack(file: string, workers: number): Promise<{ bytes: number; error?: unknown }> {
  const backup = await openBackup(file);
  let bytes = 0;
  try {
    await readBackWhole(backup, backup.manifest, (n) => (bytes += n), workers);
    return { bytes };
  } catch (error) {
    return { bytes, error };
  } finally {
    backup.close();
  }
}

describe('reading a backup back', () => {
  it('passes a whole backup with one worker or several, counting every byte', async () => {
    const { file } = await backupFile();
    const backup = await openBackup(file);
    const total = backup.manifest.database.bytes + backup.manifest.photos.files.reduce((sum, photo) => sum + photo.bytes, 0);
    backup.close();
    for (const workers of [1, 2, 5]) expect(await readBack(file, workers)).toEqual({ bytes: total });
  });

  it('refuses one flipped byte in a photo, or in the database, naming the entry', async () => {
    const { file, lib } = await backupFile();
    const backup = await openBackup(file);
    const photo = backup.manifest.photos.files[1]!;
    backup.close();
    const original = fs.readFileSync(file);
    const photoAt = original.indexOf(fs.readFileSync(path.join(lib.dataDir, ...photo.path.split('/'))));
    const databaseAt = original.indexOf(Buffer.from('SQLite format 3\0'));
    for (const [at, name] of [
      [photoAt + 100, photo.path],
      [databaseAt + 5000, 'newsdesk.sqlite'],
    ] as const) {
      const damaged = Buffer.from(original);
      damaged[at]! ^= 0xff;
      fs.writeFileSync(file, damaged);
      for (const workers of [1, 2]) {
        const { error } = await readBack(file, workers);
        expect(isNewsdeskError(error) && error.code).toBe('backupNotVerified');
        expect((error as Error).message).toContain(name);
      }
    }
  });
});
