// A backup of a library that has not changed since its last good backup copies that backup's database entry
// instead of taking and checking a new snapshot (backup/databaseSource.ts). It is still a whole, verified
// backup that restores byte for byte; any change, a damaged or missing last backup, and a new snapshot is taken.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupToFile, backupToFolder } from '../../backup/backupLibrary';
import { openBackup } from '../../backup/openBackup';
import { restoreBackup } from '../../backup/restoreBackup';
import { verifyLibrary } from '../../backup/verifyLibrary';
import type { Library } from '../../library/openLibrary';
import { databaseFileName } from '../../store/openDatabase';
import { filesIn, libraryRows, useBackupLibraries } from './backupFixture';

const { tempDir, library } = useBackupLibraries('newsdesk-backup-reuse');

/** A backup into the folder `day` days after the first (a day apart, so retention keeps both). */
async function folderBackup(lib: Library, folder: string, day: number) {
  const made = await backupToFolder(lib.db, lib.dataDir, folder, { now: new Date(Date.UTC(2026, 10, 20, 2) + day * 86_400_000) });
  if (!made.made) throw new Error('expected a backup');
  return made.backup;
}

/** Restores a backup into a new folder and returns the restored database's bytes. */
async function restoredDatabase(file: string): Promise<{ dir: string; bytes: Buffer }> {
  const dir = path.join(tempDir(), 'restored');
  await restoreBackup(file, dir);
  return { dir, bytes: fs.readFileSync(path.join(dir, databaseFileName)) };
}

describe('a backup of an unchanged library', () => {
  it('copies the last backup’s database, and restores byte for byte the same library', async () => {
    const lib = await library();
    const folder = tempDir();
    const first = await folderBackup(lib, folder, 0);
    expect(first.copiedFrom).toBeUndefined();
    const second = await folderBackup(lib, folder, 1);
    expect(second.copiedFrom).toBe(first.path);
    expect(second.path).not.toBe(first.path);
    expect(second.manifest.database).toEqual(first.manifest.database);
    expect(second.manifest.counts).toEqual(first.manifest.counts);
    expect(second.manifest.photos.files).toEqual(first.manifest.photos.files);

    const fromFirst = await restoredDatabase(first.path);
    const fromSecond = await restoredDatabase(second.path);
    expect(fromSecond.bytes.equals(fromFirst.bytes)).toBe(true);
    expect(libraryRows(fromSecond.dir)).toEqual(libraryRows(lib.dataDir));
    expect(await verifyLibrary(fromSecond.dir)).toEqual({ articles: 2, photos: 3, problems: [] });
    // The copy is a backup of its own: it restores with the first one gone.
    fs.rmSync(first.path);
    expect((await restoreBackup(second.path, path.join(tempDir(), 'alone'))).articles).toBe(2);
  });

  it('takes a new snapshot after any change', async () => {
    const lib = await library();
    const folder = tempDir();
    await folderBackup(lib, folder, 0);
    lib.articles.create({ headline: 'Tin mới: lũ ở Quảng Nam' });
    const second = await folderBackup(lib, folder, 1);
    expect(second.copiedFrom).toBeUndefined();
    expect(second.manifest.counts.articles).toBe(3);
    expect(libraryRows((await restoredDatabase(second.path)).dir)).toEqual(libraryRows(lib.dataDir));
  });

  it('takes a new snapshot when the last backup was damaged since, or is gone, and the result still restores', async () => {
    const lib = await library();
    const out = tempDir();
    const first = await backupToFile(lib.db, lib.dataDir, out);
    // One byte of the stored database flipped: the copy no longer hashes to its manifest's SHA-256.
    const source = await openBackup(first.path);
    const bytes = Buffer.from(fs.readFileSync(first.path));
    source.close();
    const at = bytes.indexOf(Buffer.from('SQLite format 3\0')) + 8192;
    bytes[at]! ^= 0xff;
    fs.writeFileSync(first.path, bytes);
    const phases: string[] = [];
    const second = await backupToFile(lib.db, lib.dataDir, out, { now: new Date(Date.now() + 5000), phases: (phase) => phases.push(phase) });
    expect(second.copiedFrom).toBeUndefined();
    // The copy was tried, found stale, and the backup began again from a new snapshot.
    expect(phases.indexOf('database of the last backup')).toBeGreaterThanOrEqual(0);
    expect(phases.indexOf('snapshot')).toBeGreaterThan(phases.indexOf('database of the last backup'));
    expect(libraryRows((await restoredDatabase(second.path)).dir)).toEqual(libraryRows(lib.dataDir));
    expect(filesIn(out).filter((name) => name.startsWith('.newsdesk-partial-'))).toEqual([]);

    fs.rmSync(second.path);
    const third = await backupToFile(lib.db, lib.dataDir, out, { now: new Date(Date.now() + 10_000) });
    expect(third.copiedFrom).toBeUndefined();
    expect((await verifyLibrary((await restoredDatabase(third.path)).dir)).problems).toEqual([]);
  });
});
