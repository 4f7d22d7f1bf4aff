// The outbox in the app: a destination added on the settings page, "File…" beside Export, the badge with
// the count still to go, the delivered notice, and the outbox view with a waiting, a sent and a failed item
// (state, attempts, the last error in plain words, Retry and Cancel), in English and in Vietnamese.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryOutbox } from '../../library/libraryOutbox';
import type { Outbox } from '../../outbox/outboxService';
import { envSecretVault } from '../../outbox/secrets/secretVault';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { startHarness, type Harness } from './browserHarness';
import { seedArticleFields } from './seedArticle';

let harness: Harness;
let work: string;
let outbox: Outbox;

beforeAll(async () => {
  work = makeTempDir('newsdesk-outbox-ui');
  harness = await startHarness();
  // The same service the page's calls reach, for the background sender's part (the main process's loop). The
  // page polls the outbox every few seconds, so waits on what it shows allow for that.
  outbox = libraryOutbox(harness.library, envSecretVault({}));
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
  removeDir(work);
});

describe('the outbox in the app', () => {
  it('adds a destination, files an article with File…, shows the waiting count, then the delivery', async () => {
    const { page } = harness;
    const drive = path.join(work, 'Ổ chung');
    fs.mkdirSync(drive);
    await page.getByTestId('outbox-badge').click();
    await page.getByTestId('open-destinations').click();
    await page.getByTestId('destination-name').fill('Ổ chung');
    await page.getByTestId('destination-path').fill(drive);
    await page.getByTestId('destination-add').click();
    await expect.poll(() => page.getByTestId('destination').count()).toBe(1);
    // A refusal is a dismissible alert, worded when shown: a language switch re-words it.
    await page.getByTestId('destination-name').fill('Ổ chung');
    await page.getByTestId('destination-path').fill(drive);
    await page.getByTestId('destination-add').click();
    const refusal = page.locator('[data-testid="destinations-page"] .notice[role="alert"]');
    await expect.poll(() => refusal.textContent()).toContain('A destination named “Ổ chung” already exists');
    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => refusal.textContent()).toContain('Đã có nơi nhận tên “Ổ chung”');
    await refusal.getByRole('button', { name: 'Đóng thông báo' }).click();
    expect(await refusal.count()).toBe(0);
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText('Reachable: ready to receive').waitFor();
    await harness.screenshot('72-destinations-en');

    const article = harness.library.articles.create(seedArticleFields());
    await page.goto(`${harness.server.origin}/#/articles/${article.id}`);
    await page.locator('.article-body').waitFor();
    await page.getByTestId('open-file').click();
    await page.getByTestId('file-start').click();
    expect(await page.getByTestId('file-queued').textContent()).toContain('Ổ chung');
    await harness.screenshot('73-file-dialog-en');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByTestId('outbox-waiting').textContent(), { timeout: 15_000 }).toBe('1');

    const [outcome] = await outbox.send();
    expect(outcome).toMatchObject({ state: 'sent' });
    const notice = page.getByTestId('delivered-notices');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain(`was delivered to Ổ chung`);
    await expect.poll(() => page.getByTestId('outbox-waiting').count(), { timeout: 15_000 }).toBe(0);
    expect(fs.readdirSync(drive)).toHaveLength(1);
  });

  it('shows a waiting, a sent and a failed item, in both languages, with Retry and Cancel', async () => {
    const { page, library } = harness;
    const missing = path.join(work, 'USB chưa cắm');
    await outbox.addDestination('USB', { kind: 'folder', path: missing });
    await outbox.addDestination('CMS', { kind: 'http', url: 'http://127.0.0.1:9/ingest' });
    const waiting = library.articles.create({ headline: 'Mưa lớn gây ngập nhiều tuyến phố ở Hà Nội' });
    const failed = library.articles.create({ headline: 'Khánh thành cầu mới bắc qua sông Hồng' });
    outbox.file(waiting.id, 'USB');
    outbox.file(failed.id, 'CMS');
    await outbox.send();

    await page.goto(`${harness.server.origin}/#/outbox`);
    const items = page.getByTestId('outbox-item');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(3);
    expect(await items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))).toEqual(['failed', 'queued', 'sent']);
    const text = await page.getByTestId('outbox-view').textContent();
    expect(text).toContain(`The folder ${missing} is not reachable (is the drive connected?)`);
    expect(text).toContain('No password or token for “CMS”: set NEWSDESK_HTTP_TOKEN before sending');
    expect(text).toContain('1 attempt');
    // Each item names the revision of its article's history it sends (frozen when it was filed).
    const listed = outbox.list();
    expect(await page.getByTestId('outbox-revision').allTextContents()).toEqual(listed.map((item) => `Filed as revision ${item.revision}`));
    for (const item of listed) expect(library.revisions.get(item.article!, item.revision!)).toMatchObject({ reason: 'filed', label: item.destination });
    expect(await page.getByTestId('outbox-waiting').textContent()).toBe('1');
    await harness.screenshot('70-outbox-en');

    await page.getByTestId('language').selectOption('vi');
    await page.getByText('Hộp thư đi', { exact: true }).first().waitFor();
    const vi = await page.getByTestId('outbox-view').textContent();
    expect(vi).toContain('Không gửi được');
    expect(vi).toContain('Đang chờ');
    expect(vi).toContain('Đã gửi');
    expect(vi).toContain('Gửi bản lưu số');
    expect(vi).toContain(`Không tới được thư mục ${missing} (ổ đĩa đã được cắm chưa?)`);
    expect(vi).toContain('Chưa có mật khẩu hoặc mã truy cập cho “CMS”: hãy đặt biến NEWSDESK_HTTP_TOKEN trước khi gửi');
    await harness.screenshot('71-outbox-vi');

    // Retry puts the failed item back in the queue; Cancel takes the waiting one out.
    await items.first().getByTestId('outbox-retry').click();
    await expect.poll(() => items.first().getAttribute('data-state')).toBe('queued');
    await items.nth(1).getByTestId('outbox-cancel').click();
    await expect.poll(() => items.nth(1).getAttribute('data-state')).toBe('cancelled');
    await page.getByTestId('language').selectOption('en');
  });
});
