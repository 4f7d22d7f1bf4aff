// A backup of an unchanged library copies its last backup's database entry without hashing it or computing its
// CRC-32 again (backup/writeBackup.ts, storedEntry.ts): in a backup folder the kernel copies it, elsewhere it
// is streamed with the CRC-32 its backup recorded. Either way the zip's CRC-32 must be right (unzip checks it),
// the read-back must still catch a last backup damaged since, in its data or in its recorded CRC-32, and fall
// back to a new snapshot, and the result must restore byte for byte.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupToFile, backupToFolder } from '../../backup/backupLibrary';
import { nodeIo, type BackupIo } from '../../backup/backupIo';
import { databaseEntry } from '../../backup/backupFormat';
import { openBackup } from '../../backup/openBackup';
import { restoreBackup } from '../../backup/restoreBackup';
import { isNewsdeskError } from '../../common/errors/newsdeskError';
import type { Library } from '../../library/openLibrary';
import { databaseFileName } from '../../store/openDatabase';
import { filesIn, libraryRows, useBackupLibraries } from './backupFixture';

const { tempDir, library } = useBackupLibraries('newsdesk-copied-database');

/** The real disk, counting the kernel copies asked of it. */
function countingCopies(): BackupIo & { copies: number } {
  const io = {
    ...nodeIo,
    copies: 0,
    startWithCopy: (source: string, file: string, bytes: number) => {
      io.copies++;
      return nodeIo.startWithCopy!(source, file, bytes);
    },
  };
  return io;
}

/** A backup into the folder `day` days after the first (a day apart, so retention keeps both). */
async function folderBackup(lib: Library, folder: string, day: number, options: { io?: BackupIo; phases?: (phase: string) => void } = {}) {
  const made = await backupToFolder(lib.db, lib.dataDir, folder, { ...options, now: new Date(Date.UTC(2026, 10, 20, 2) + day * 86_400_000) });
  if (!made.made) throw new Error('expected a backup');
  return made.backup;
}

function unzipTest(file: string): string {
  return execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
}

async function restoredDatabase(file: string): Promise<{ dir: string; bytes: Buffer }> {
  const dir = path.join(tempDir(), 'restored');
  await restoreBackup(file, dir);
  return { dir, bytes: fs.readFileSync(path.join(dir, databaseFileName)) };
}

/** Where the database entry's data starts in a backup, and where its data descriptor's CRC-32 is. */
async function databasePlace(file: string): Promise<{ data: number; descriptorCrc: number; bytes: number }> {
  const backup = await openBackup(file);
  const at = backup.storedAt(databaseEntry)!;
  backup.close();
  const header = Buffer.alloc(30);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, header, 0, 30, at.headerOffset);
  fs.closeSync(fd);
  const data = at.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  return { data, descriptorCrc: data + at.bytes + 4, bytes: at.bytes };
}

function damage(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  bytes[offset]! ^= 0xff;
  fs.writeFileSync(file, bytes);
}

describe('a copied database entry', () => {
  it('in a backup folder: copied by the kernel, its CRC-32 right for unzip, restoring byte for byte', async () => {
    const lib = await library();
    const folder = tempDir();
    const first = await folderBackup(lib, folder, 0);
    const io = countingCopies();
    const second = await folderBackup(lib, folder, 1, { io });
    expect(second.copiedFrom).toBe(first.path);
    expect(io.copies).toBe(1);
    expect(unzipTest(second.path)).toMatch(/No errors detected/);
    const fromFirst = await restoredDatabase(first.path);
    const fromSecond = await restoredDatabase(second.path);
    expect(fromSecond.bytes.equals(fromFirst.bytes)).toBe(true);
    expect(libraryRows(fromSecond.dir)).toEqual(libraryRows(lib.dataDir));
    // Nothing of the first backup's tail (its manifest, its central directory) is left in the second.
    fs.rmSync(first.path);
    expect((await restoreBackup(second.path, path.join(tempDir(), 'alone'))).articles).toBe(2);
  });

  it('streamed with its recorded CRC-32 where no kernel copy is offered; copied and cut before the photos of a backup holding them', async () => {
    const lib = await library();
    const folder = tempDir();
    await folderBackup(lib, folder, 0);
    const streamed = await folderBackup(lib, folder, 1, { io: { createWriteStream: nodeIo.createWriteStream, writeFile: nodeIo.writeFile } });
    expect(streamed.copiedFrom).toBeDefined();
    expect(unzipTest(streamed.path)).toMatch(/No errors detected/);

    const out = tempDir();
    const first = await backupToFile(lib.db, lib.dataDir, out);
    const io = countingCopies();
    const second = await backupToFile(lib.db, lib.dataDir, out, { io, now: new Date(Date.now() + 5000) });
    expect(second.copiedFrom).toBe(first.path);
    expect(io.copies).toBe(1); // a few small photos follow it: copied with it, cut off, written again
    expect(unzipTest(second.path)).toMatch(/No errors detected/);
    expect((await restoredDatabase(second.path)).bytes.equals((await restoredDatabase(first.path)).bytes)).toBe(true);
  });

  for (const where of ['data', 'recorded CRC-32'] as const) {
    it(`whose last backup was damaged since (its ${where}): caught on reading back, and a new snapshot taken`, async () => {
      const lib = await library();
      const folder = tempDir();
      const first = await folderBackup(lib, folder, 0);
      const place = await databasePlace(first.path);
      damage(first.path, where === 'data' ? place.data + Math.floor(place.bytes / 2) : place.descriptorCrc);
      const phases: string[] = [];
      const second = await folderBackup(lib, folder, 1, { phases: (phase) => phases.push(phase) });
      expect(second.copiedFrom).toBeUndefined();
      expect(phases.indexOf('database of the last backup')).toBeGreaterThanOrEqual(0);
      expect(phases.indexOf('snapshot')).toBeGreaterThan(phases.indexOf('database of the last backup'));
      expect(unzipTest(second.path)).toMatch(/No errors detected/);
      expect(libraryRows((await restoredDatabase(second.path)).dir)).toEqual(libraryRows(lib.dataDir));
      expect(filesIn(folder).filter((name) => name.includes('.newsdesk-partial-'))).toEqual([]);
    });
  }

  it('on a disk that fills during the copy: a clear error, no backup file and no temporary file', async () => {
    const lib = await library();
    const folder = tempDir();
    const first = await folderBackup(lib, folder, 0);
    const full: BackupIo = {
      ...nodeIo,
      startWithCopy: async (source, file, bytes) => {
        fs.writeFileSync(file, fs.readFileSync(source).subarray(0, bytes >> 1), { flag: 'wx' });
        throw Object.assign(new Error('ENOSPC: no space left on device, copyfile'), { code: 'ENOSPC' });
      },
    };
    const error = await folderBackup(lib, folder, 1, { io: full }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isNewsdeskError(error) && error.code).toBe('backupDiskFull');
    expect(filesIn(folder).filter((name) => name.endsWith('.ndbackup') || name.includes('.newsdesk-partial-'))).toEqual([path.basename(first.path)]);
  });
});

describe('a backup folder’s photos, looked at and copied while the database is written', () => {
  it('on a disk that fills with a photo: a clear error once the database’s write has stopped too, nothing left', async () => {
    const lib = await library();
    const folder = tempDir();
    let photos = 0;
    const full: BackupIo = {
      createWriteStream: nodeIo.createWriteStream,
      writeFile: async () => {
        photos++;
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    const error = await folderBackup(lib, folder, 0, { io: full }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(photos).toBeGreaterThan(0);
    expect(isNewsdeskError(error) && error.code).toBe('backupDiskFull');
    expect(filesIn(folder).filter((name) => !fs.statSync(path.join(folder, name)).isDirectory())).toEqual([]);
    expect(fs.readdirSync(lib.dataDir).filter((name) => name.startsWith('.newsdesk-partial-'))).toEqual([]);
  });
});
