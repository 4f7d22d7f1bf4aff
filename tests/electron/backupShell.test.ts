// The shell's side of backups, in the bundled main process with the fake 'electron': File → Back up library…
// and Help → Restore from backup… through the shell's own dialogs (progress and one translated outcome line
// pushed to the page, a restore switching the app by relaunching), a damaged library at start set aside and the
// newest backup offered in a message box, and the automatic backup held at quit after the page saved.
import fs from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openBackup } from '../../backup/openBackup';
import { readBackupState, writeBackupState } from '../../backup/backupState';
import { events } from '../../contract/events';
import { pointerFileName } from '../../library/libraryLocation';
import { makeLibrary } from '../backup/backupFixture';
import { damageLibrary } from '../backup/damagedLibrary';
import { mainHarness, trusted, type MainHarness } from './mainHarness';

let harness: MainHarness;
beforeAll(async () => {
  harness = await mainHarness();
});
afterEach(() => harness.reset());
afterAll(() => harness.close());

type Fake = Awaited<ReturnType<MainHarness['start']>>;
const caller = (fake: Fake) => (channel: string, input: unknown = {}) => fake.state.ipcHandlers.get(channel)!(trusted, input) as Promise<{ ok: boolean; value: unknown }>;
const menuItem = (fake: Fake, top: number, label: string) =>
  ((fake.state.menus.at(-1)![top]!.submenu ?? []) as MenuItemConstructorOptions[]).find((item) => item.label === label) as { click: () => void };
const sentOn = (fake: Fake, channel: string) => fake.state.windows[0]!.webContents.sent.filter(([sent]) => sent === channel).map(([, payload]) => payload);

describe('backups in the app', () => {
  it('File → Back Up Library… writes a verified backup where the folder dialog says, with progress and one outcome line', async () => {
    const fake = await harness.start({ dataDir: harness.temporaryFolder('newsdesk-data-') });
    const call = caller(fake);
    try {
      await call('articles:create', { headline: 'Lũ ở miền Trung' });
      const folder = harness.temporaryFolder('newsdesk-usb-');
      fake.state.openDialogAnswers.push({ canceled: false, filePaths: [folder] });
      menuItem(fake, 0, 'Back Up Library…').click();
      await vi.waitFor(() => expect(sentOn(fake, events.backupOutcome.channel)).toHaveLength(1), { timeout: 15_000 });
      const [backup] = fs.readdirSync(folder);
      expect(backup).toMatch(/^newsdesk-backup-\d{8}-\d{6}\.ndbackup$/);
      expect(sentOn(fake, events.backupOutcome.channel)[0]).toEqual({ task: 'backup', ok: true, line: expect.stringMatching(new RegExp(`^Backed up to ${path.join(folder, backup!)} \\(\\d+\\.\\d MB\\), verified$`)) });
      expect(sentOn(fake, events.backupProgress.channel).at(-1)).toMatchObject({ task: 'backup' });
      expect(fake.state.openDialogs[0]![1]).toMatchObject({ title: 'Choose the folder for the backup', properties: ['openDirectory', 'createDirectory'] });
      const opened = await openBackup(path.join(folder, backup!));
      expect(opened.manifest.counts.articles).toBe(1);
      opened.close();

      // A folder that cannot be written: one line, in the reader's language.
      await call('settings:setLanguage', { language: 'vi' });
      fake.state.openDialogAnswers.push({ canceled: false, filePaths: ['/sys'] });
      menuItem(fake, 0, 'Sao lưu thư viện…').click();
      await vi.waitFor(() => expect(sentOn(fake, events.backupOutcome.channel)).toHaveLength(2), { timeout: 15_000 });
      expect(sentOn(fake, events.backupOutcome.channel)[1]).toEqual({ task: 'backup', ok: false, line: expect.stringMatching(/^Không ghi được bản sao lưu vào \/sys \(E[A-Z]+\); chưa có gì được ghi$/) });
      // A cancelled dialog: nothing.
      menuItem(fake, 0, 'Sao lưu thư viện…').click();
      await vi.waitFor(() => expect(fake.state.openDialogs).toHaveLength(3));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(sentOn(fake, events.backupOutcome.channel)).toHaveLength(2);
    } finally {
      fake.appEvents.emit('will-quit', { preventDefault: () => undefined });
    }
  });

  it('Help → Restore from Backup… refuses a truncated file in one line; a good one is restored into a new folder, then the app relaunches on it', async () => {
    const dataDir = harness.temporaryFolder('newsdesk-data-');
    const fake = await harness.start({ dataDir });
    const call = caller(fake);
    const source = await makeLibrary(harness.temporaryFolder('newsdesk-source-'));
    const { backupToFile } = await import('../../backup/backupLibrary');
    const made = await backupToFile(source.db, source.dataDir, harness.temporaryFolder('newsdesk-backups-'));
    source.close();
    const truncated = path.join(path.dirname(made.path), 'cut.ndbackup');
    fs.writeFileSync(truncated, fs.readFileSync(made.path).subarray(0, 3000));
    try {
      const target = harness.temporaryFolder('newsdesk-restored-');
      fake.state.openDialogAnswers.push({ canceled: false, filePaths: [truncated] }, { canceled: false, filePaths: [target] });
      menuItem(fake, 4, 'Restore from Backup…').click();
      await vi.waitFor(() => expect(sentOn(fake, events.backupOutcome.channel)).toHaveLength(1));
      expect(sentOn(fake, events.backupOutcome.channel)[0]).toEqual({ task: 'restore', ok: false, line: `“${truncated}” is not a Newsdesk backup, or it is incomplete; nothing was restored` });
      expect(fs.readdirSync(target)).toEqual([]);
      expect(fake.state.openDialogs[0]![1]).toMatchObject({ title: 'Choose a backup to restore', filters: [{ name: 'Newsdesk backups', extensions: ['ndbackup'] }] });

      fake.state.openDialogAnswers.push({ canceled: false, filePaths: [made.path] }, { canceled: false, filePaths: [target] });
      menuItem(fake, 4, 'Restore from Backup…').click();
      await vi.waitFor(() => expect(sentOn(fake, events.backupOutcome.channel)).toHaveLength(2));
      expect(sentOn(fake, events.backupOutcome.channel)[1]).toEqual({ task: 'restore', ok: true, line: expect.stringMatching(/^Restored into .* \(2 articles, 3 photos\), verified\. Newsdesk now restarts on it\.$/) });
      expect(JSON.parse(fs.readFileSync(path.join(dataDir, pointerFileName), 'utf8'))).toEqual({ path: target });
      // The current library is still there, untouched; the app relaunches through the ordinary quit, which waits for the page.
      expect(fs.existsSync(path.join(dataDir, 'newsdesk.sqlite'))).toBe(true);
      await vi.waitFor(() => expect(fake.state.relaunched).toBe(true), { timeout: 5000 });
      expect(sentOn(fake, events.flushDrafts.channel)).toHaveLength(1);
      await call('drafts:confirmSaved', { requestId: 1 });
      expect(fake.state.quit).toBe(true);
    } finally {
      fake.appEvents.emit('will-quit', { preventDefault: () => undefined });
    }
    // The next start opens the restored library.
    harness.reset();
    const next = await harness.start({ dataDir });
    try {
      expect(await caller(next)('articles:list')).toMatchObject({ ok: true, value: [expect.anything(), expect.anything()] });
    } finally {
      next.appEvents.emit('will-quit', { preventDefault: () => undefined });
    }
  });

  it('a damaged library at start is set aside unwritten and the newest backup offered; taken, the app opens it', async () => {
    const dataDir = harness.temporaryFolder('newsdesk-data-');
    const library = await makeLibrary(dataDir);
    const { backupToFolder } = await import('../../backup/backupLibrary');
    const auto = harness.temporaryFolder('newsdesk-auto-');
    await backupToFolder(library.db, library.dataDir, auto);
    await writeBackupState(dataDir, { ...readBackupState(dataDir), autoFolder: auto, autoEnabled: true });
    library.close();
    damageLibrary(dataDir);

    const fake = await harness.start({ dataDir, preferredLanguages: ['vi-VN'] });
    try {
      await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
      expect(fake.state.messageBoxes).toHaveLength(1);
      expect(fake.state.messageBoxes[0]).toMatchObject({ title: 'Thư viện bị hỏng', buttons: ['Khôi phục bản sao lưu', 'Bắt đầu với thư viện trống'] });
      expect(fs.readdirSync(dataDir).filter((name) => /^newsdesk\.damaged-\d{8}-\d{6}\.sqlite$/.test(name))).toHaveLength(1);
      expect(await caller(fake)('articles:list')).toMatchObject({ ok: true, value: [expect.anything(), expect.anything()] });
      expect(fake.state.errorBoxes).toEqual([]);
    } finally {
      fake.appEvents.emit('will-quit', { preventDefault: () => undefined });
    }
  });

  it('backs up at start when due, and at quit after the page saved when the library changed, holding the quit meanwhile', async () => {
    const dataDir = harness.temporaryFolder('newsdesk-data-');
    const auto = harness.temporaryFolder('newsdesk-auto-');
    fs.mkdirSync(dataDir, { recursive: true });
    await writeBackupState(dataDir, { autoFolder: auto, autoEnabled: true });
    const fake = await harness.start({ dataDir });
    const call = caller(fake);
    // At start: no backup yet, so one is due.
    await vi.waitFor(() => expect(fs.readdirSync(auto).filter((name) => name.endsWith('.ndbackup'))).toHaveLength(1), { timeout: 15_000 });
    // A second later, so the backup at quit has a name of its own.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await call('articles:create', { headline: 'Bão số 3 đổ bộ' });
    fake.electron.app.quit();
    expect(fake.state.quit).toBe(false);
    expect(await call('drafts:confirmSaved', { requestId: 1 })).toMatchObject({ ok: true, value: { released: true } });
    // The window went; the quit waits for the backup.
    expect(fake.state.windows).toEqual([]);
    expect(fake.state.quit).toBe(false);
    await vi.waitFor(() => expect(fake.state.quit).toBe(true), { timeout: 15_000 });
    const names = fs.readdirSync(auto).filter((name) => name.endsWith('.ndbackup')).sort();
    const newest = await openBackup(path.join(auto, names.at(-1)!));
    expect(newest.manifest.counts.articles).toBe(1);
    newest.close();
    // The library is closed now; its backups.json names the backup made at quit as the last good one.
    expect(readBackupState(dataDir)).toMatchObject({ autoFolder: auto, autoEnabled: true, last: { path: path.join(auto, names.at(-1)!), articles: 1 } });
    expect(readBackupState(dataDir).lastFailure).toBeUndefined();
  });
});
