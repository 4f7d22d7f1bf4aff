// The foundation end to end: a reporter creates an article in the real renderer, types the seed's headline
// and a paragraph in Vietnamese, sees it saved, reloads, finds it byte for byte; the CLI sees the same
// library; the UI switches to Vietnamese and stays so; delete moves to the trash at once (it can be undone),
// and only emptying the trash asks first.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed, seedHeadline } from '../helpers/seed';
import { repoRoot, startHarness, type Harness } from './browserHarness';

const paragraph = readSeed().paragraphs[0]!;

describe('walking skeleton in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('creates, types Vietnamese, autosaves, reloads and finds the text byte for byte', async () => {
    const { page } = harness;
    await page.goto(harness.server.pageUrl);
    await page.getByText('No articles yet').waitFor();
    await harness.screenshot('01-library-empty-en');

    await page.getByTestId('new-article').click();
    const headlineField = page.getByTestId('headline');
    await headlineField.click();
    await page.keyboard.type(seedHeadline);
    await page.keyboard.press('Enter'); // moves to the sapo
    await page.keyboard.press('Enter'); // and on to the body
    await page.keyboard.type(paragraph);
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
    await harness.screenshot('02-editor-typed-en');

    const articleId = Number(/#\/articles\/(\d+)/.exec(page.url())?.[1]);
    expect(articleId).toBeGreaterThan(0);

    await page.reload();
    await expect.poll(() => headlineField.inputValue()).toBe(seedHeadline);
    const headlineAfter = await headlineField.inputValue();
    const bodyAfter = await page.locator('.article-body p').first().textContent();
    expect(Buffer.from(headlineAfter)).toEqual(Buffer.from(seedHeadline.normalize('NFC')));
    expect(Buffer.from(bodyAfter ?? '')).toEqual(Buffer.from(paragraph.normalize('NFC')));

    // What the store holds is exactly what was typed.
    const stored = harness.library.articles.get(articleId);
    expect(stored.headline).toBe(seedHeadline);
    expect(harness.library.articles.plainText(articleId)).toBe(paragraph);

    // The CLI, a separate process on the same data folder, sees the same article.
    const shown = JSON.parse(
      execFileSync(process.execPath, [path.join(repoRoot, 'bin/newsdesk.mjs'), '--data-dir', harness.dataDir, 'show', String(articleId), '--json'], {
        encoding: 'utf8',
      }),
    ) as { headline: string; id: number };
    expect(shown.id).toBe(articleId);
    expect(Buffer.from(shown.headline)).toEqual(Buffer.from(seedHeadline));
  });

  it('switches the UI to Vietnamese and keeps the choice across a reload', async () => {
    const { page } = harness;
    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => page.getByTestId('back').textContent()).toContain('Thư viện');
    await expect.poll(() => page.locator('[data-save-state]').textContent()).toBe('Đã lưu');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await harness.screenshot('03-editor-vi');

    await page.getByTestId('back').click();
    await page.getByTestId('new-article').waitFor();
    expect(await page.getByTestId('new-article').textContent()).toBe('Bài mới');
    expect(await page.getByRole('columnheader').first().textContent()).toBe('Tiêu đề');
    expect(await page.locator('.status').first().textContent()).toBe('Bản nháp');
    await page.reload();
    await expect.poll(() => page.getByTestId('new-article').textContent()).toBe('Bài mới');
    expect(harness.library.settings.language()).toBe('vi');
    await harness.screenshot('04-library-vi');
  });

  it('moves a deleted article to the trash without asking, and empties the trash only after confirmation', async () => {
    const { page } = harness;
    const before = harness.library.articles.list().length;
    await page.getByRole('button', { name: /^Xóa “/ }).first().click();
    await page.getByText('Chưa có bài nào').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(harness.library.articles.list()).toHaveLength(before - 1);

    await page.getByTestId('tab-trash').click();
    await page.getByTestId('empty-trash').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe('Dọn sạch thùng rác?');
    await harness.screenshot('05-confirm-empty-trash-vi');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(harness.library.queries.page({ trash: true, sort: 'updated', offset: 0, limit: 10 }).total).toBe(1);

    await page.getByTestId('empty-trash').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await page.getByText('Thùng rác trống.').waitFor();
    expect(harness.library.queries.page({ trash: true, sort: 'updated', offset: 0, limit: 10 }).total).toBe(0);
  });

  it('loaded nothing from outside the loopback origin and hit no CSP violation', () => {
    const outside = harness.requests.filter((url) => !url.startsWith(harness.server.origin));
    expect(outside).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
