// A backup killed (SIGKILL) at random moments: no file ever carries a backup's name unless it is whole, and the
// temporary files the kill left are swept: beside the library when it opens, in the backup folder by the next backup.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupToFile } from '../../backup/backupLibrary';
import { isBackupFileName } from '../../backup/backupFormat';
import { checkEntry, openBackup } from '../../backup/openBackup';
import { openLibrary } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { runAndKill as runKilled } from './killedChild';
import { makeLibrary, photoJpeg } from './backupFixture';

const tempDir = useTempDirs('newsdesk-backup-crash');
const child = path.join(import.meta.dirname, 'backupChild.ts');
const kills = 3;

/** Opens a backup and reads every entry back against its manifest. */
async function expectWhole(file: string): Promise<void> {
  const backup = await openBackup(file);
  try {
    await checkEntry(backup, 'newsdesk.sqlite', backup.manifest.database);
    for (const photo of backup.manifest.photos.files) await checkEntry(backup, photo.path, photo);
  } finally {
    backup.close();
  }
}

async function runAndKill(dataDir: string, out: string, afterMs: number): Promise<string[]> {
  return (await runKilled(child, [dataDir, out], afterMs)).filter((line) => line.endsWith('.ndbackup'));
}

describe('a backup killed at a random moment', () => {
  it('leaves only whole backups under backup names, and the next backup sweeps what the kill left', async () => {
    const dataDir = path.join(tempDir(), 'library');
    const library = await makeLibrary(dataDir);
    // Enough photos for a backup to take a while, so kills land in every phase.
    await library.photos.importPhotos(await Promise.all(Array.from({ length: 24 }, async (_, i) => ({ name: `p${i}.jpg`, bytes: await photoJpeg(i + 10, 480) }))));
    library.close();
    const out = tempDir();

    const partial = (dir: string) => fs.readdirSync(dir).filter((name) => name.startsWith('.newsdesk-partial-'));
    let leftovers = 0;
    for (let kill = 0; kill < kills; kill++) {
      const reported = await runAndKill(dataDir, out, Math.floor(Math.random() * 1500));
      // Every backup the child reported as done, and every file under a backup's name, reads back whole.
      for (const file of reported) expect(fs.existsSync(file)).toBe(true);
      for (const name of fs.readdirSync(out).filter(isBackupFileName)) await expectWhole(path.join(out, name));
      leftovers = Math.max(leftovers, partial(out).length + partial(dataDir).length);
    }
    // The child is always in the middle of a backup when killed, so kills leave temporary files.
    expect(leftovers, 'temporary files left by a kill').toBeGreaterThan(0);

    // Opening the library sweeps the dead children's temporary files beside it (the snapshots); the next backup
    // (in this process) sweeps those in the backup folder.
    const reopened = openLibrary(dataDir);
    expect(partial(dataDir)).toEqual([]);
    try {
      const next = await backupToFile(reopened.db, reopened.dataDir, out);
      await expectWhole(next.path);
    } finally {
      reopened.close();
    }
    expect(fs.readdirSync(out).filter((name) => !isBackupFileName(name))).toEqual([]);
    expect(partial(dataDir)).toEqual([]);
  });
});
