// A damaged library set aside at start must not cost the good backups: automatic backups pause (the library
// left open may be empty) until the reporter turns them back on, and retention keeps every backup made before
// the set-aside, even the one of that same day a newer backup would otherwise replace.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AutomaticBackups } from '../../backup/automaticBackups';
import { backupStatus, readBackupState, writeBackupState } from '../../backup/backupState';
import { createTranslator } from '../../common/i18n/catalog';
import { api } from '../../contract/api';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { libraryDirAtStart } from '../../library/startupRecovery';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary } from './backupFixture';
import { damageLibrary } from './damagedLibrary';

const tempDir = useTempDirs('newsdesk-set-aside-pause');
let library: Library | undefined;
afterEach(() => library?.close());

const backupsIn = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.ndbackup')).sort();

describe('a library set aside at start', () => {
  it('pauses automatic backups until turned back on, and never loses a backup made before it', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    let clock = new Date('2026-11-30T08:00:00');
    const good = await makeLibrary(dataDir);
    await writeBackupState(dataDir, { autoFolder: folder, autoEnabled: true });
    expect(await new AutomaticBackups(good, { now: () => clock }).run('daily')).toMatchObject({ kind: 'made' });
    good.close();
    const before = backupsIn(folder);
    expect(before).toEqual(['newsdesk-backup-20261130-080000.ndbackup']);

    damageLibrary(dataDir);
    clock = new Date('2026-11-30T09:00:00');
    const choice = await libraryDirAtStart(dataDir, createTranslator('en'), async () => 1, clock);
    expect(choice.libraryDir).toBe(dataDir);
    expect(readBackupState(dataDir)).toMatchObject({
      autoEnabled: true,
      autoPaused: { at: clock.toISOString(), reason: 'librarySetAside', setAside: choice.setAside },
      keepBackupsBefore: clock.toISOString(),
    });

    // The empty library that replaced it: no automatic backup, daily or at quit, however much it changes.
    library = openLibrary(dataDir);
    library.articles.create({ headline: 'Bài mới sau sự cố' });
    const automatic = new AutomaticBackups(library, { now: () => clock });
    expect(await automatic.run('daily')).toEqual({ kind: 'off' });
    expect(automatic.dueAtQuit()).toBe(false);
    expect(backupsIn(folder)).toEqual(before);
    expect(backupStatus(dataDir, clock).automatic).toEqual({ enabled: false, folder, paused: { at: clock.toISOString(), setAside: choice.setAside } });

    // Turned back on in Settings: the pause is gone, and the same day's backup does not replace the good one.
    const dispatch = createDispatch(createHandlerTable({ library, backup: {} }));
    expect(await dispatch(api.setAutomaticBackups.channel, { enabled: true })).toMatchObject({ ok: true, value: { automatic: { enabled: true, folder, paused: null } } });
    clock = new Date('2026-11-30T10:00:00');
    expect(await automatic.run('quit')).toMatchObject({ kind: 'made' });
    library.articles.create({ headline: 'Thêm một bài' });
    clock = new Date('2026-11-30T11:00:00');
    expect(await automatic.run('quit')).toMatchObject({ kind: 'made' });
    expect(backupsIn(folder)).toEqual(['newsdesk-backup-20261130-080000.ndbackup', 'newsdesk-backup-20261130-110000.ndbackup']);
    expect(readBackupState(dataDir).autoPaused).toBeUndefined();
  });

  it('Settings shows the pause in both languages', () => {
    for (const language of ['en', 'vi'] as const) {
      const line = createTranslator(language)('backup.automaticPaused', { when: '30/11/2026 09:00', path: path.join('x', 'newsdesk.damaged.sqlite') });
      expect(line).toContain('newsdesk.damaged.sqlite');
      expect(line).toContain('30/11/2026 09:00');
    }
    expect(createTranslator('vi')('backup.automaticPaused', { when: '', path: '' })).toMatch(/tạm dừng/);
  });
});
