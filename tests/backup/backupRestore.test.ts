// Backups of a real library and their restores: what comes back is the library, row for row and photo for
// photo; a backup taken while another connection keeps writing is one consistent moment; a backup folder
// copies each photo once and keeps its daily and weekly backups.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyRetention, backupToFile, backupToFolder } from '../../backup/backupLibrary';
import { readBackupState } from '../../backup/backupState';
import { openBackup } from '../../backup/openBackup';
import { restoreBackup } from '../../backup/restoreBackup';
import { verifyLibrary } from '../../backup/verifyLibrary';
import { nodeIo, type BackupIo } from '../../backup/backupIo';
import { createBackup } from '../../backup/writeBackup';
import { databaseFileName } from '../../store/openDatabase';
import { readSeed } from '../helpers/seed';
import { filesIn, libraryRows, useBackupLibraries } from './backupFixture';

const { tempDir, library } = useBackupLibraries('newsdesk-backup');

/** Counts the files a backup opens for writing: how many photos a folder backup really copied. */
function countingIo(): BackupIo & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    createWriteStream: (file) => (opened.push(file), nodeIo.createWriteStream(file)),
    writeFile: (file, bytes) => (opened.push(file), nodeIo.writeFile(file, bytes)),
  };
}

describe('a backup file', () => {
  it('restores into a new folder as the same library: every row, every photo original, Vietnamese text intact', async () => {
    const lib = await library();
    const out = tempDir();
    const progress: number[] = [];
    const backup = await backupToFile(lib.db, lib.dataDir, out, { progress: (p) => progress.push(p.doneBytes / p.totalBytes) });
    expect(path.dirname(backup.path)).toBe(out);
    expect(path.basename(backup.path)).toMatch(/^newsdesk-backup-\d{8}-\d{6}\.ndbackup$/);
    expect(fs.readdirSync(out)).toEqual([path.basename(backup.path)]);
    expect(backup.manifest.counts).toEqual({ articles: 2, photos: 3 });
    expect(progress.at(-1)).toBe(1);

    const target = path.join(tempDir(), 'restored');
    const restored = await restoreBackup(backup.path, target);
    expect(restored).toEqual({ path: target, articles: 2, photos: 3 });
    expect(libraryRows(target)).toEqual(libraryRows(lib.dataDir));
    const originals = filesIn(path.join(lib.dataDir, 'photos', 'originals'));
    expect(originals.filter((name) => name.endsWith('.jpg'))).toHaveLength(3);
    expect(filesIn(path.join(target, 'photos', 'originals'))).toEqual(originals);
    const headline = (libraryRows(target).articles?.[0] as { headline: string } | undefined)?.headline ?? '';
    expect(headline).toBe(readSeed().headline);
    expect(headline.normalize('NFC')).toBe(headline);
    // The restored library is whole by `verify`'s measure, and the source was not touched.
    expect((await verifyLibrary(target)).problems).toEqual([]);
    expect(readBackupState(lib.dataDir).last).toMatchObject({ path: backup.path, bytes: fs.statSync(backup.path).size, articles: 2, photos: 3 });
  });

  it('is closed again after reading: opening a backup many times leaks no file descriptor', async () => {
    const lib = await library();
    const backup = await backupToFile(lib.db, lib.dataDir, tempDir());
    const descriptors = () => fs.readdirSync('/proc/self/fd').length;
    const before = descriptors();
    for (let i = 0; i < 20; i++) (await openBackup(backup.path)).close();
    expect(descriptors() - before).toBeLessThan(5);
  });

  it('is one consistent moment while another connection keeps writing', async () => {
    const lib = await library();
    const writer = new Database(path.join(lib.dataDir, databaseFileName));
    writer.pragma('busy_timeout = 5000');
    const insert = writer.prepare("INSERT INTO settings (key, value) VALUES (?, 'x')");
    let written = 0;
    let writing = true;
    // Each write adds a settings row and, in the same transaction, bumps the counter row: a torn snapshot
    // would show a count that disagrees with the rows.
    const bump = writer.transaction(() => {
      insert.run(`k${written}`);
      writer.prepare("INSERT INTO settings (key, value) VALUES ('count', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(written + 1));
    });
    const loop = (async () => {
      while (writing) {
        bump();
        written += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backup = await backupToFile(lib.db, lib.dataDir, tempDir());
    writing = false;
    await loop;
    writer.close();
    expect(written).toBeGreaterThan(0);
    const target = path.join(tempDir(), 'restored');
    await restoreBackup(backup.path, target);
    const rows = libraryRows(target).settings as { key: string; value: string }[];
    const count = Number(rows.find((row) => row.key === 'count')?.value ?? 0);
    expect(rows.filter((row) => /^k\d+$/.test(row.key))).toHaveLength(count);
  });
});

describe('a backup folder', () => {
  it('copies each photo once: a second backup writes only its database snapshot', async () => {
    const lib = await library();
    const folder = tempDir();
    const first = countingIo();
    const progress: number[] = [];
    const made = await backupToFolder(lib.db, lib.dataDir, folder, { io: first, now: new Date('2026-11-28T02:00:00Z'), progress: (p) => progress.push(p.doneBytes / p.totalBytes) });
    expect(made.made).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(first.opened).toHaveLength(4); // three photos and the backup file
    lib.articles.create({ headline: 'Tin mới: mưa lớn ở Huế' });
    const second = countingIo();
    const again = await backupToFolder(lib.db, lib.dataDir, folder, { io: second, now: new Date('2026-11-29T02:00:00Z') });
    expect(second.opened).toHaveLength(1);
    expect(filesIn(folder).filter((name) => name.endsWith('.ndbackup'))).toHaveLength(2);
    expect(filesIn(path.join(folder, 'photos', 'originals')).filter((name) => name.endsWith('.jpg'))).toHaveLength(3);

    // Each backup in the folder restores whole, finding its photos in the shared tree.
    if (!again.made) throw new Error('expected a backup');
    const target = path.join(tempDir(), 'restored');
    const restored = await restoreBackup(again.backup.path, target);
    expect(restored).toMatchObject({ articles: 3, photos: 3 });
    expect(await verifyLibrary(target)).toEqual({ articles: 3, photos: 3, problems: [] });
  });

  it('never gives a damaged library original its name in the shared tree: it is left out, and nothing temporary stays', async () => {
    const lib = await library();
    const folder = tempDir();
    const originals = filesIn(path.join(lib.dataDir, 'photos', 'originals')).filter((name) => name.endsWith('.jpg'));
    const victim = path.join(lib.dataDir, 'photos', 'originals', originals[0]!);
    fs.writeFileSync(victim, Buffer.alloc(fs.statSync(victim).size, 0x5a));
    const made = await backupToFolder(lib.db, lib.dataDir, folder);
    if (!made.made) throw new Error('expected a backup');
    expect(made.backup.manifest.photos.files).toHaveLength(2);
    expect(made.backup.manifest.leftOut).toHaveLength(1);
    expect(originals[0]).toContain(made.backup.manifest.leftOut[0]!.hash);
    const shared = filesIn(path.join(folder, 'photos', 'originals'));
    expect(shared.filter((name) => name.endsWith('.jpg'))).toEqual(originals.slice(1));
    expect(fs.readdirSync(folder).filter((name) => name.startsWith('.newsdesk-partial-'))).toEqual([]);
  });

  it('skips the backup with --if-changed when the library has not changed, and makes one after a change', async () => {
    const lib = await library();
    const folder = tempDir();
    const made = await backupToFolder(lib.db, lib.dataDir, folder, { ifChanged: true });
    if (!made.made) throw new Error('the first backup must be made');
    const skipped = await backupToFolder(lib.db, lib.dataDir, folder, { ifChanged: true });
    expect(skipped).toEqual({ made: false, path: made.backup.path });
    lib.articles.create({ headline: 'Thay đổi' });
    expect((await backupToFolder(lib.db, lib.dataDir, folder, { ifChanged: true, now: new Date(Date.now() + 2000) })).made).toBe(true);
  });

  it('keeps 7 daily and 4 weekly backups, and removes photos only backups it removed named', async () => {
    const lib = await library();
    const folder = tempDir();
    const start = new Date('2026-10-01T03:00:00Z');
    for (let dayIndex = 0; dayIndex < 40; dayIndex += 3) {
      await createBackup(lib.db, lib.dataDir, folder, { photos: 'folder', now: new Date(start.getTime() + dayIndex * 86_400_000) });
    }
    // A photo no remaining backup lists, old enough not to belong to a backup being written.
    const stray = path.join(folder, 'photos', 'originals', 'ff', `${'f'.repeat(64)}.jpg`);
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'old');
    fs.utimesSync(stray, new Date('2026-01-01'), new Date('2026-01-01'));
    const before = fs.readdirSync(folder).filter((name) => name.endsWith('.ndbackup'));
    expect(before).toHaveLength(14);
    const removed = await applyRetention(folder, { daily: 7, weekly: 4 }, 0);
    const after = fs.readdirSync(folder).filter((name) => name.endsWith('.ndbackup'));
    expect(after.length + removed.length).toBe(14);
    // Backups every third day: the 7 newest days with a backup, and the weeks before them up to four weeks.
    expect(after.length).toBeGreaterThanOrEqual(7);
    expect(after.length).toBeLessThanOrEqual(11);
    expect(after).toContain(before.sort().at(-1));
    expect(fs.existsSync(stray)).toBe(false);
    const kept = await openBackup(path.join(folder, after[0]!));
    for (const photo of kept.manifest.photos.files) expect(fs.existsSync(path.join(folder, photo.path))).toBe(true);
    kept.close();
  });
});
