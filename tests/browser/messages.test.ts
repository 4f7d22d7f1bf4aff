// Messages: an error names the file in the reader's language and re-words itself when the language changes,
// is announced (role=alert) and can be dismissed; export in the browser app (no save dialog) downloads the file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browserHarness';
import { seedArticleFields } from './seedArticle';

let harness: Harness;
let articleId: number;

beforeAll(async () => {
  harness = await startHarness();
  articleId = harness.library.articles.create(seedArticleFields()).id;
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

describe('an import error', () => {
  it('is an alert in the reader’s language, re-worded on a language switch, and dismissible', async () => {
    const { page } = harness;
    const pdf = path.join(harness.dataDir, 'bao-cao.pdf');
    fs.writeFileSync(pdf, '%PDF-1.7\n');
    await page.getByTestId('import-input').setInputFiles([pdf]);
    const notice = page.getByTestId('import-error');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('.notice-text').textContent()).toMatch(/^Cannot import “bao-cao\.pdf”/);
    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => notice.locator('.notice-text').textContent()).toMatch(/^Không nhập được “bao-cao\.pdf”/);
    await harness.screenshot('60-import-error-vi');
    await notice.getByRole('button', { name: 'Đóng thông báo' }).click();
    expect(await page.getByTestId('import-error').count()).toBe(0);
    await page.getByTestId('language').selectOption('en');
  });
});

describe('export in the browser app', () => {
  it('downloads the file through the browser instead of refusing', async () => {
    const { page } = harness;
    await page.goto(`${harness.server.origin}/#/articles/${articleId}`);
    await page.getByTestId('open-export').click();
    await page.getByLabel('Word document (.docx)').check();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-start').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('khoi-thi-dua-cac-co-quan-dang-trung-uong.docx');
    const saved = path.join(harness.dataDir, 'downloaded.docx');
    await file.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await page.locator('[data-outcome="downloaded"]').waitFor();
    expect(await page.getByTestId('export-status').textContent()).toBe('Downloaded: khoi-thi-dua-cac-co-quan-dang-trung-uong.docx');
    // Messages wrap between words, never inside one.
    expect(await page.getByTestId('export-status').evaluate((element) => getComputedStyle(element).wordBreak)).toBe('normal');
    await harness.screenshot('61-export-downloaded-en');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(harness.pageErrors).toEqual([]);
  });
});
