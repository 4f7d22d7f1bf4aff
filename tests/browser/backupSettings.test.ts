// Settings → Backups in the app, in English and Vietnamese: the library's reminder leading there, the last good
// backup (time, size, place, what it holds), the warning that it is over three days old, the automatic backup
// that failed (a pulled USB stick) in the reader's language, the folder, and — in a browser, which has no
// system dialog — the plain statement that folders are chosen in the app. axe-core finds nothing; screenshots.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackupState, updateBackupState, writeBackupState } from '../../backup/backupState';
import { axeViolations } from './axeCheck';
import { startHarness, type Harness } from './browserHarness';
import { seedArticleFields } from './seedArticle';

let harness: Harness;
const stick = '/media/phong-vien/USB-Newsdesk';
const lastAt = new Date(Date.now() - 5 * 24 * 60 * 60 * 1000);
const failedAt = new Date(Date.now() - 2 * 60 * 60 * 1000);

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-backup-ui-'));
  await writeBackupState(dataDir, {
    autoFolder: stick,
    autoEnabled: true,
    last: {
      at: lastAt.toISOString(),
      bytes: 48_600_000,
      path: `${stick}/newsdesk-backup-20261125-180210.ndbackup`,
      articles: 1284,
      photos: 312,
      marker: { dbBytes: 1, dbModifiedMs: 1, walBytes: 0, walModifiedMs: 0 },
    },
    lastFailure: { at: failedAt.toISOString(), code: 'backupFolderMissing', params: { path: stick } },
  });
  harness = await startHarness({ dataDir });
  harness.library.articles.create(seedArticleFields());
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  const dataDir = harness?.dataDir;
  await harness?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('Settings → Backups', () => {
  it('in English: reached from the library’s reminder; the last backup, the warning, the failure and the folder', async () => {
    const { page } = harness;
    const reminder = page.getByTestId('backup-stale-notice');
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('The last good backup is more than 3 days old.');
    await page.getByTestId('open-backup-settings').click();
    const settings = page.getByTestId('backup-settings');
    await settings.getByRole('heading', { name: 'Backups', exact: true }).waitFor();
    expect(await page.getByTestId('backup-stale').textContent()).toBe(
      'The last good backup is more than 3 days old. Back up now, or check that automatic backups can reach their folder.',
    );
    expect(await page.getByTestId('backup-failure').textContent()).toMatch(
      new RegExp(`^The automatic backup of .+ failed: The backup folder ${stick} does not exist \\(was the drive removed\\?\\); nothing was written$`),
    );
    const last = await page.getByTestId('backup-last').innerText();
    expect(last).toContain('46.3 MB');
    expect(last).toContain(`${stick}/newsdesk-backup-20261125-180210.ndbackup`);
    expect(last).toContain('1284 articles, 312 photos');
    expect(await page.getByTestId('backup-folder').textContent()).toBe(stick);
    expect(await page.getByTestId('backup-automatic').isChecked()).toBe(true);
    // No system dialog in a browser: no button pretending to choose, and no typed path either.
    expect(await page.getByTestId('backup-choose-folder').count()).toBe(0);
    expect(await settings.locator('input[type="text"]').count()).toBe(0);
    expect(await page.getByTestId('backup-needs-app').textContent()).toContain('a page in a browser is never trusted with a path');
    expect(await axeViolations(page)).toEqual([]);
    await harness.screenshot('80-backup-settings-en');
  });

  it('in Vietnamese: the same page, every line translated, turning automatic backups off and on', async () => {
    const { page } = harness;
    await page.getByTestId('language').selectOption('vi');
    const settings = page.getByTestId('backup-settings');
    await settings.getByRole('heading', { name: 'Sao lưu', exact: true }).waitFor();
    expect(await page.getByTestId('backup-stale').textContent()).toBe(
      'Bản sao lưu tốt gần nhất đã cũ hơn 3 ngày. Hãy sao lưu ngay, hoặc kiểm tra xem sao lưu tự động có ghi được vào thư mục của nó không.',
    );
    expect(await page.getByTestId('backup-failure').textContent()).toMatch(
      new RegExp(`^Lần sao lưu tự động lúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d không thành công: Thư mục sao lưu ${stick} không tồn tại`),
    );
    const last = await page.getByTestId('backup-last').innerText();
    expect(last).toContain('46,3 MB');
    expect(last).toContain('1284 bài, 312 ảnh');
    expect(await page.getByTestId('backup-needs-app').textContent()).toContain('không bao giờ được tin cậy để chỉ định đường dẫn');
    expect(await axeViolations(page)).toEqual([]);
    await harness.screenshot('81-backup-settings-vi');

    // The box shows what the main process stored, so it changes once the call answers.
    await page.getByTestId('backup-automatic').click();
    await expect.poll(() => page.getByTestId('backup-automatic').isChecked()).toBe(false);
    await expect.poll(() => (JSON.parse(fs.readFileSync(path.join(harness.dataDir, 'backups.json'), 'utf8')) as { autoEnabled: boolean }).autoEnabled).toBe(false);
    await page.getByTestId('backup-automatic').click();
    await expect.poll(() => page.getByTestId('backup-automatic').isChecked()).toBe(true);
    await expect.poll(() => (JSON.parse(fs.readFileSync(path.join(harness.dataDir, 'backups.json'), 'utf8')) as { autoEnabled: boolean }).autoEnabled).toBe(true);

    await page.getByRole('button', { name: 'Quay lại thư viện' }).click();
    const reminder = page.getByTestId('backup-stale-notice');
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('Bản sao lưu tốt gần nhất đã cũ hơn 3 ngày.');
    await harness.screenshot('82-library-backup-reminder-vi');
  });

  it('after a damaged library was set aside: automatic backups shown paused, in both languages, until turned back on', async () => {
    const { page } = harness;
    const setAside = path.join(harness.dataDir, 'newsdesk.damaged-20261130-081500.sqlite');
    await updateBackupState(harness.dataDir, (state) => ({
      ...state,
      autoPaused: { at: new Date().toISOString(), reason: 'librarySetAside', setAside },
      keepBackupsBefore: new Date().toISOString(),
    }));
    await page.getByTestId('open-backup-settings').click();
    const paused = page.getByTestId('backup-paused');
    await paused.waitFor();
    expect(await paused.textContent()).toMatch(new RegExp(`^Sao lưu tự động đã tạm dừng lúc .+: thư viện bị hỏng và đã được để riêng thành ${setAside},`));
    expect(await page.getByTestId('backup-automatic').isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await harness.screenshot('83-backup-paused-vi');
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => paused.textContent()).toMatch(new RegExp(`^Automatic backups were paused on .+: the library was damaged and set aside as ${setAside},`));
    await harness.screenshot('84-backup-paused-en');

    await page.getByTestId('backup-automatic').click();
    await expect.poll(() => page.getByTestId('backup-automatic').isChecked()).toBe(true);
    expect(await paused.count()).toBe(0);
    expect(readBackupState(harness.dataDir)).toMatchObject({ autoEnabled: true, keepBackupsBefore: expect.any(String) });
    expect(readBackupState(harness.dataDir).autoPaused).toBeUndefined();
  });
});
