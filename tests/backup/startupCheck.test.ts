// The start-up check on a deliberately damaged SQLite file: found by quick_check without writing a byte, set
// aside beside itself (nothing deleted), and the newest backup found for the app to offer and restore.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupToFile, backupToFolder } from '../../backup/backupLibrary';
import { writeBackupState, readBackupState } from '../../backup/backupState';
import { restoreBackup } from '../../backup/restoreBackup';
import { newestBackup, quickCheckLibrary, setAsideLibrary } from '../../backup/startupCheck';
import { currentLibraryDir, pointerFileName } from '../../library/libraryLocation';
import { switchLibraryTo } from '../../library/switchLibrary';
import { openLibrary, type Library } from '../../library/openLibrary';
import { databaseFileName } from '../../store/openDatabase';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary } from './backupFixture';
import { damageLibrary } from './damagedLibrary';

const tempDir = useTempDirs('newsdesk-startup-check');
let library: Library | undefined;
afterEach(() => library?.close());

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A library of a few hundred pages, closed, then damaged. */
async function damagedLibrary(): Promise<string> {
  const dataDir = tempDir();
  const lib = await makeLibrary(dataDir);
  for (let i = 0; i < 150; i++) lib.articles.create({ headline: `Bài số ${i}: tin tức về lũ lụt ở miền Trung ${'và mưa lớn '.repeat(40)}` });
  lib.close();
  damageLibrary(dataDir);
  return dataDir;
}

describe('the start-up check', () => {
  it('passes a whole library, a missing one and a file that is no database at all (opening refuses that one)', async () => {
    const dataDir = tempDir();
    expect(quickCheckLibrary(dataDir)).toEqual({ damaged: false });
    library = await makeLibrary(dataDir);
    expect(quickCheckLibrary(dataDir)).toEqual({ damaged: false });
    const other = tempDir();
    fs.writeFileSync(path.join(other, databaseFileName), 'Tin nóng: not a database');
    expect(quickCheckLibrary(other)).toEqual({ damaged: false });
  });

  it('finds the damage without writing, sets the file aside with its time, and the newest backup is offered', async () => {
    const dataDir = await damagedLibrary();
    const file = path.join(dataDir, databaseFileName);
    const before = sha(file);
    const check = quickCheckLibrary(dataDir);
    expect(check.damaged).toBe(true);
    expect((check as { problems: string[] }).problems.length).toBeGreaterThan(0);
    expect(sha(file)).toBe(before);

    // Two backups known to the library: one by hand, then a newer one in the automatic folder.
    const byHand = tempDir();
    const auto = tempDir();
    const healthy = await makeLibrary(tempDir());
    const older = await backupToFile(healthy.db, healthy.dataDir, byHand, { now: new Date('2026-11-28T08:00:00') });
    const newer = await backupToFolder(healthy.db, healthy.dataDir, auto, { now: new Date('2026-11-29T18:30:00') });
    healthy.close();
    await writeBackupState(dataDir, { last: { ...readBackupState(healthy.dataDir).last!, path: older.path }, autoFolder: auto, autoEnabled: true });
    expect(newestBackup(dataDir)).toBe(newer.made ? newer.backup.path : '');

    const aside = setAsideLibrary(dataDir, new Date('2026-11-30T07:05:09'));
    expect(path.basename(aside)).toBe('newsdesk.damaged-20261130-070509.sqlite');
    expect(sha(aside)).toBe(before);
    expect(fs.existsSync(file)).toBe(false);
    // Set aside again the same second: a second name, the first untouched.
    fs.copyFileSync(aside, file);
    expect(path.basename(setAsideLibrary(dataDir, new Date('2026-11-30T07:05:09')))).toBe('newsdesk.damaged-20261130-070509-2.sqlite');

    // The offer taken: restored into a new folder, the data folder pointed at it; the damaged files stay.
    const restored = path.join(dataDir, 'restored');
    await restoreBackup(newestBackup(dataDir)!, restored);
    await switchLibraryTo(dataDir, dataDir, restored);
    expect(currentLibraryDir(dataDir)).toBe(restored);
    expect(readBackupState(restored)).toMatchObject({ autoFolder: auto, autoEnabled: true });
    library = openLibrary(currentLibraryDir(dataDir));
    expect(library.articles.list().map((article) => article.headline)).toContain('Bài thứ hai: Đà Nẵng đón khách');
    expect(fs.readdirSync(dataDir).filter((name) => /^newsdesk\.damaged-.*\.sqlite$/.test(name))).toHaveLength(2);
  });

  it('follows a pointer only to a folder that holds a library', async () => {
    const dataDir = tempDir();
    expect(currentLibraryDir(dataDir)).toBe(dataDir);
    fs.writeFileSync(path.join(dataDir, pointerFileName), JSON.stringify({ path: path.join(dataDir, 'gone') }));
    expect(currentLibraryDir(dataDir)).toBe(dataDir);
    fs.writeFileSync(path.join(dataDir, pointerFileName), '{ not json');
    expect(currentLibraryDir(dataDir)).toBe(dataDir);
    fs.writeFileSync(path.join(dataDir, pointerFileName), JSON.stringify({ path: 'relative/lib' }));
    expect(currentLibraryDir(dataDir)).toBe(dataDir);
  });
});
