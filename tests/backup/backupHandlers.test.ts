// Back up and restore through the handler table, as File → Back up library… and Help → Restore from backup… do:
// paths only from the shell's dialogs (without a shell: one translated refusal), progress pushed, a cancelled
// dialog does nothing, a bad file or folder is one translated line, and the current library is never touched.
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { afterEach, describe, expect, it } from 'vitest';
import { backupToFile } from '../../backup/backupLibrary';
import { api } from '../../contract/api';
import type { BackupProgressEvent } from '../../contract/schemas/backup';
import { createDispatch } from '../../handlers/dispatch';
import type { BackupShell } from '../../handlers/backupHandlers';
import { createHandlerTable } from '../../handlers/handlerTable';
import type { Library } from '../../library/openLibrary';
import { latestVersion } from '../../store/migrations/index';
import { useTempDirs } from '../helpers/tempDir';
import { libraryRows, makeLibrary } from './backupFixture';

const tempDir = useTempDirs('newsdesk-backup-handlers');
let library: Library | undefined;
afterEach(() => library?.close());

function dispatchWith(lib: Library, backup?: BackupShell) {
  const dispatch = createDispatch(createHandlerTable({ library: lib, backup }), () => undefined);
  return (call: keyof typeof api, input: unknown = {}) => dispatch(api[call].channel, input);
}

describe('backups through the handler table', () => {
  it('without the shell’s dialogs (the browser), every call that needs a path says so', async () => {
    library = await makeLibrary(tempDir());
    const call = dispatchWith(library);
    for (const name of ['chooseAutomaticBackupFolder', 'backupLibraryFromDialog', 'restoreBackupFromDialog'] as const) {
      const reply = await call(name);
      expect(reply).toMatchObject({ ok: false, error: { code: 'backupDialogUnavailable' } });
      expect((reply as { error: { message: string } }).error.message).toMatch(/^Choosing a backup folder or file needs the Newsdesk app/);
    }
    // No call takes a path from the page.
    expect(await call('backupLibraryFromDialog', { folder: '/tmp' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await call('setAutomaticBackups', { enabled: true, folder: '/tmp' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('backs up into the folder the dialog picks, with progress; a cancelled dialog does nothing', async () => {
    library = await makeLibrary(tempDir());
    const folder = tempDir();
    const answers: (string | undefined)[] = [folder, undefined];
    const progress: BackupProgressEvent[] = [];
    const call = dispatchWith(library, { chooseBackupFolder: async () => answers.shift(), onBackupProgress: (p) => progress.push(p) });
    const made = await call('backupLibraryFromDialog');
    expect(made).toMatchObject({ ok: true, value: { articles: 2, photos: 3 } });
    const file = (made as { value: { path: string } }).value.path;
    expect(path.dirname(file)).toBe(folder);
    expect(fs.readdirSync(folder)).toEqual([path.basename(file)]);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.task === 'backup')).toBe(true);
    expect(progress.at(-1)!.doneBytes).toBe(progress.at(-1)!.totalBytes);
    expect(await call('backupLibraryFromDialog')).toEqual({ ok: true, value: null });
    expect(await call('getBackupStatus')).toMatchObject({ ok: true, value: { last: { place: file }, stale: false } });
  });

  it('a folder that vanished or cannot be written: one translated line, nothing written', async () => {
    library = await makeLibrary(tempDir());
    const gone = path.join(tempDir(), 'USB');
    const answers = [gone, '/sys'];
    const call = dispatchWith(library, { chooseBackupFolder: async () => answers.shift() });
    expect(await call('backupLibraryFromDialog')).toMatchObject({ ok: false, error: { code: 'backupFolderMissing', params: { path: gone } } });
    const unwritable = await call('backupLibraryFromDialog');
    expect(unwritable).toMatchObject({ ok: false, error: { code: 'backupFolderUnwritable' } });
    expect((unwritable as { error: { message: string } }).error.message).toMatch(/^Cannot write a backup into \/sys/);
  });

  it('restores into a new folder inside the one picked, then asks the shell to switch; the current library is untouched', async () => {
    library = await makeLibrary(tempDir());
    const backup = await backupToFile(library.db, library.dataDir, tempDir());
    const before = libraryRows(library.dataDir);
    const picked = tempDir();
    fs.writeFileSync(path.join(picked, 'ghi-chú.txt'), 'không được ghi đè');
    const switched: string[] = [];
    const progress: BackupProgressEvent[] = [];
    const call = dispatchWith(library, {
      chooseBackupFile: async () => backup.path,
      chooseBackupFolder: async () => picked,
      onBackupProgress: (p) => progress.push(p),
      switchLibrary: (dir) => void switched.push(dir),
    });
    const restored = await call('restoreBackupFromDialog');
    expect(restored).toMatchObject({ ok: true, value: { articles: 2, photos: 3 } });
    const dir = (restored as { value: { path: string } }).value.path;
    expect(path.dirname(dir)).toBe(picked);
    expect(path.basename(dir)).toMatch(/^Newsdesk-restored-\d{8}-\d{6}$/);
    expect(switched).toEqual([dir]);
    expect(libraryRows(dir)).toEqual(before);
    expect(libraryRows(library.dataDir)).toEqual(before);
    expect(fs.readFileSync(path.join(picked, 'ghi-chú.txt'), 'utf8')).toBe('không được ghi đè');
    expect(progress.at(-1)).toMatchObject({ task: 'restore' });

    // An empty folder picked is the library's own.
    const empty = tempDir();
    const again = dispatchWith(library, { chooseBackupFile: async () => backup.path, chooseBackupFolder: async () => empty, switchLibrary: () => undefined });
    expect(await again('restoreBackupFromDialog')).toMatchObject({ ok: true, value: { path: empty } });
  });

  it('a truncated file, a foreign file and a backup from a newer Newsdesk: one translated line each, nothing left, no switch', async () => {
    library = await makeLibrary(tempDir());
    const work = tempDir();
    const good = await backupToFile(library.db, library.dataDir, work);
    const truncated = path.join(work, 'cut.ndbackup');
    fs.writeFileSync(truncated, fs.readFileSync(good.path).subarray(0, 5000));
    const foreign = path.join(work, 'ảnh.ndbackup');
    fs.writeFileSync(foreign, 'PK\u0003\u0004 not really a zip');
    const newer = path.join(work, 'newer.ndbackup');
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify({ ...good.manifest, schemaVersion: latestVersion + 1 })), 'manifest.json');
    zip.addBuffer(Buffer.from('SQLite format 3\0'), 'newsdesk.sqlite');
    zip.end();
    await new Promise<void>((resolve) => zip.outputStream.pipe(fs.createWriteStream(newer)).on('close', () => resolve()));

    const target = tempDir();
    const switched: string[] = [];
    for (const [file, code] of [[truncated, 'backupInvalid'], [foreign, 'backupInvalid'], [newer, 'backupTooNew']] as const) {
      const call = dispatchWith(library, { chooseBackupFile: async () => file, chooseBackupFolder: async () => target, switchLibrary: (dir) => void switched.push(dir) });
      const reply = await call('restoreBackupFromDialog');
      expect(reply).toMatchObject({ ok: false, error: { code } });
      expect((reply as { error: { message: string } }).error.message).not.toMatch(/\n|at .*\(/);
      expect(fs.readdirSync(target)).toEqual([]);
    }
    expect(switched).toEqual([]);
  });
});
