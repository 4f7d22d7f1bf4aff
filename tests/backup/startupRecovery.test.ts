// What the app does at start with a damaged library (library/startupRecovery.ts, the shell only asks): the file
// set aside unwritten, the newest backup offered; taken, it is restored into a new folder, verified, and the
// data folder points at it; declined, missing or failing, the app starts on an empty library, nothing deleted.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupToFile } from '../../backup/backupLibrary';
import { readBackupState, writeBackupState } from '../../backup/backupState';
import { createTranslator } from '../../common/i18n/catalog';
import { currentLibraryDir } from '../../library/libraryLocation';
import { openLibrary, type Library } from '../../library/openLibrary';
import { libraryDirAtStart, type StartupQuestion } from '../../library/startupRecovery';
import { databaseFileName } from '../../store/openDatabase';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary } from './backupFixture';
import { damageLibrary } from './damagedLibrary';

const tempDir = useTempDirs('newsdesk-startup-recovery');
let library: Library | undefined;
afterEach(() => library?.close());

/** A damaged library whose backups.json names a good backup made before the damage. */
async function damagedWithBackup(): Promise<{ dataDir: string; backup: string }> {
  const dataDir = tempDir();
  const lib = await makeLibrary(dataDir);
  const made = await backupToFile(lib.db, lib.dataDir, tempDir());
  lib.close();
  damageLibrary(dataDir);
  return { dataDir, backup: made.path };
}

function answering(...answers: number[]) {
  const asked: StartupQuestion[] = [];
  return { asked, ask: async (question: StartupQuestion) => (asked.push(question), answers.shift() ?? 0) };
}

describe('a damaged library at start', () => {
  it('a whole library opens as it is, without a question', async () => {
    const dataDir = tempDir();
    (await makeLibrary(dataDir)).close();
    const { asked, ask } = answering();
    expect(await libraryDirAtStart(dataDir, createTranslator('en'), ask)).toEqual({ libraryDir: dataDir });
    expect(asked).toEqual([]);
  });

  it('offers the newest backup; taken, it is restored into a new folder and the app opens that', async () => {
    const { dataDir, backup } = await damagedWithBackup();
    await writeBackupState(dataDir, { ...readBackupState(dataDir), autoFolder: path.dirname(backup), autoEnabled: true });
    const { asked, ask } = answering(0);
    const choice = await libraryDirAtStart(dataDir, createTranslator('vi'), ask, new Date('2026-11-30T08:15:00'));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.title).toBe('Thư viện bị hỏng');
    expect(asked[0]!.detail).toContain(`Bản sao lưu mới nhất là ${backup}`);
    expect(asked[0]!.buttons).toEqual(['Khôi phục bản sao lưu', 'Bắt đầu với thư viện trống']);
    expect(choice).toEqual({
      libraryDir: path.join(dataDir, 'Newsdesk-restored-20261130-081500'),
      setAside: path.join(dataDir, 'newsdesk.damaged-20261130-081500.sqlite'),
      restoredFrom: backup,
    });
    expect(currentLibraryDir(dataDir)).toBe(choice.libraryDir);
    expect(fs.existsSync(choice.setAside!)).toBe(true);
    expect(readBackupState(choice.libraryDir)).toMatchObject({ autoFolder: path.dirname(backup), autoEnabled: true });
    library = openLibrary(choice.libraryDir);
    expect(library.articles.list()).toHaveLength(2);
  });

  it('declined: an empty library in the same folder, the damaged file kept', async () => {
    const { dataDir } = await damagedWithBackup();
    const { ask } = answering(1);
    const choice = await libraryDirAtStart(dataDir, createTranslator('en'), ask);
    expect(choice.libraryDir).toBe(dataDir);
    expect(fs.existsSync(path.join(dataDir, databaseFileName))).toBe(false);
    expect(fs.existsSync(choice.setAside!)).toBe(true);
  });

  it('no backup, or one that fails to restore: told in one line, then an empty library', async () => {
    const alone = tempDir();
    (await makeLibrary(alone)).close();
    damageLibrary(alone);
    const first = answering();
    expect((await libraryDirAtStart(alone, createTranslator('en'), first.ask)).libraryDir).toBe(alone);
    expect(first.asked[0]!.detail).toMatch(/No backup was found/);
    expect(first.asked[0]!.buttons).toEqual(['OK']);

    const { dataDir, backup } = await damagedWithBackup();
    fs.truncateSync(backup, 4000);
    const second = answering(0, 0);
    expect((await libraryDirAtStart(dataDir, createTranslator('en'), second.ask)).libraryDir).toBe(dataDir);
    expect(second.asked[1]!.detail).toMatch(/^The backup could not be restored: “.*” is not a Newsdesk backup, or it is incomplete; nothing was restored\. Newsdesk starts/);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('Newsdesk-restored-'))).toEqual([]);
  });
});
