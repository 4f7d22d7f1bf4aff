// The automatic backups a running app makes: nothing until a folder is chosen (with the shell's dialog), then
// daily and at quit when something changed; a folder that is gone or cannot be written is recorded for Settings
// as one translated line and the app keeps working; the next good backup clears it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AutomaticBackups } from '../../backup/automaticBackups';
import { readBackupState, writeBackupState } from '../../backup/backupState';
import { translateError, createTranslator } from '../../common/i18n/catalog';
import type { ErrorCode } from '../../common/errors/newsdeskError';
import { api } from '../../contract/api';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import type { Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary } from './backupFixture';

const tempDir = useTempDirs('newsdesk-auto-backup');
let library: Library | undefined;
afterEach(() => library?.close());

const backupsIn = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.ndbackup'));

describe('automatic backups', () => {
  it('do nothing until a folder is chosen; then daily and at quit, only when something changed', async () => {
    library = await makeLibrary(tempDir());
    const folder = tempDir();
    let clock = new Date('2026-11-30T09:00:00');
    let changed = 0;
    const dispatch = createDispatch(
      createHandlerTable({ library, backup: { chooseBackupFolder: async () => folder, onAutomaticChanged: () => (changed += 1) } }),
    );
    const automatic = new AutomaticBackups(library, { now: () => clock });
    expect(await automatic.run('daily')).toEqual({ kind: 'off' });
    expect(automatic.dueAtQuit()).toBe(false);

    const chosen = await dispatch(api.chooseAutomaticBackupFolder.channel, {});
    expect(chosen).toMatchObject({ ok: true, value: { automatic: { enabled: true, folder } } });
    expect(changed).toBe(1);
    const first = await automatic.run('daily');
    expect(first).toMatchObject({ kind: 'made' });
    expect(backupsIn(folder)).toHaveLength(1);
    // The same day, nothing changed: neither the hourly check nor quitting backs up again.
    clock = new Date('2026-11-30T10:00:00');
    expect(await automatic.run('daily')).toEqual({ kind: 'notDue' });
    expect(automatic.dueAtQuit()).toBe(false);
    expect(await automatic.atQuit(60_000)).toEqual({ kind: 'notDue' });

    library.articles.create({ headline: 'Tin mới: mưa lớn ở Huế' });
    // A change the same day waits for quitting (or tomorrow).
    expect(await automatic.run('daily')).toEqual({ kind: 'notDue' });
    expect(automatic.dueAtQuit()).toBe(true);
    clock = new Date('2026-11-30T10:00:05');
    expect(await automatic.atQuit(60_000)).toMatchObject({ kind: 'made' });
    // The folder keeps the newest backup of each day: the morning's made way for the one at quit.
    expect(backupsIn(folder)).toEqual(['newsdesk-backup-20261130-100005.ndbackup']);

    library.articles.create({ headline: 'Ngày hôm sau' });
    clock = new Date('2026-12-01T08:00:00');
    expect(await automatic.run('daily')).toMatchObject({ kind: 'made' });
    expect(backupsIn(folder).sort()).toEqual(['newsdesk-backup-20261130-100005.ndbackup', 'newsdesk-backup-20261201-080000.ndbackup']);
    // Photos are in the folder once, shared by the backups.
    expect(fs.readdirSync(path.join(folder, 'photos', 'originals')).length).toBeGreaterThan(0);

    // Off: nothing more, whatever changes.
    expect(await dispatch(api.setAutomaticBackups.channel, { enabled: false })).toMatchObject({ ok: true, value: { automatic: { enabled: false, folder } } });
    library.articles.create({ headline: 'Tắt sao lưu tự động' });
    expect(await automatic.run('quit')).toEqual({ kind: 'off' });
    expect(changed).toBe(2);
  });

  it('record a pulled USB stick and a read-only folder as one translated line; the next good backup clears it', async () => {
    library = await makeLibrary(tempDir());
    const stick = path.join(tempDir(), 'USB');
    fs.mkdirSync(stick);
    await writeBackupState(library.dataDir, { autoFolder: stick, autoEnabled: true });
    const outcomes: string[] = [];
    const automatic = new AutomaticBackups(library, { onOutcome: (outcome) => outcomes.push(outcome.kind) });
    fs.rmSync(stick, { recursive: true });

    const gone = await automatic.run('quit');
    expect(gone).toMatchObject({ kind: 'failed', code: 'backupFolderMissing', params: { path: stick } });
    const dispatch = createDispatch(createHandlerTable({ library }));
    const status = await dispatch(api.getBackupStatus.channel, {});
    expect(status).toMatchObject({ ok: true, value: { last: null, stale: true, lastFailure: { code: 'backupFolderMissing' } } });
    const failure = readBackupState(library.dataDir).lastFailure!;
    expect(translateError(createTranslator('vi'), failure.code as ErrorCode, failure.params)).toBe(
      `Thư mục sao lưu ${stick} không tồn tại (ổ đĩa đã bị rút ra?); chưa có gì được ghi`,
    );
    // The app keeps working: the library takes saves as before.
    expect(library.articles.create({ headline: 'Vẫn làm việc bình thường' }).id).toBeGreaterThan(0);

    // A folder that cannot be written (as root, a permission does not stop writes; /sys always refuses).
    await writeBackupState(library.dataDir, { ...readBackupState(library.dataDir), autoFolder: '/sys' });
    const unwritable = await automatic.run('quit');
    expect(unwritable).toMatchObject({ kind: 'failed', code: 'backupFolderUnwritable', params: { path: '/sys' } });
    expect(translateError(createTranslator('en'), 'backupFolderUnwritable', (unwritable as { params: Record<string, string> }).params)).toMatch(
      /^Cannot write a backup into \/sys \(E[A-Z]+\); nothing was written$/,
    );

    fs.mkdirSync(stick);
    await writeBackupState(library.dataDir, { ...readBackupState(library.dataDir), autoFolder: stick });
    expect(await automatic.run('quit')).toMatchObject({ kind: 'made' });
    expect(readBackupState(library.dataDir).lastFailure).toBeUndefined();
    expect(await dispatch(api.getBackupStatus.channel, {})).toMatchObject({ ok: true, value: { stale: false, lastFailure: null } });
    expect(outcomes).toEqual(['failed', 'failed', 'made']);
  });

  it('run one backup at a time: a check while one runs waits for it, then finds nothing new', async () => {
    library = await makeLibrary(tempDir());
    const folder = tempDir();
    await writeBackupState(library.dataDir, { autoFolder: folder, autoEnabled: true });
    const automatic = new AutomaticBackups(library);
    const [a, b] = await Promise.all([automatic.run('quit'), automatic.run('daily')]);
    expect(a).toMatchObject({ kind: 'made' });
    expect(b).toEqual({ kind: 'notDue' });
    expect(backupsIn(folder)).toHaveLength(1);
  });

  it('sweep at start what a killed backup left in their folder: ours by name, whose process is gone or too old', async () => {
    library = await makeLibrary(tempDir());
    const folder = tempDir();
    // Off: the sweep at start alone, no backup (which sweeps too).
    await writeBackupState(library.dataDir, { autoFolder: folder, autoEnabled: false });
    const gonePid = spawnSync(process.execPath, ['-e', '']).pid;
    const deadZip = path.join(folder, `.newsdesk-partial-${gonePid}-aa11-backup.zip`);
    const deadStaging = path.join(folder, `.newsdesk-partial-${gonePid}-bb22-restore`);
    const running = path.join(folder, `.newsdesk-partial-${process.pid}-cc33-backup.zip`);
    const ancient = path.join(folder, `.newsdesk-partial-${process.pid}-dd44-photo`);
    const notOurs = path.join(folder, 'newsdesk-partial-notes.txt');
    for (const file of [deadZip, running, ancient, notOurs]) fs.writeFileSync(file, 'x');
    fs.mkdirSync(deadStaging);
    fs.writeFileSync(path.join(deadStaging, 'newsdesk.sqlite'), 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    fs.utimesSync(ancient, twoDaysAgo, twoDaysAgo);

    const automatic = new AutomaticBackups(library);
    automatic.start();
    automatic.stop();
    expect(await automatic.run('daily')).toEqual({ kind: 'off' });
    expect(fs.readdirSync(folder).sort()).toEqual([path.basename(running), path.basename(notOurs)].sort());
  });
});
