// Handing the report over from the app: pre-flight findings the reporter may pass through, an export through
// the shell's save dialog (stood in for by the test), cancel, and "Copy as rich text" for a web CMS.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChooseExportPath } from '../../handlers/exportHandlers';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { startHarness, type Harness } from './browserHarness';
import { seedArticleFields } from './seedArticle';

let harness: Harness;
let outDir: string;
let articleId: number;
let choose: ChooseExportPath = async ({ suggestedName }) => path.join(outDir, suggestedName);

beforeAll(async () => {
  outDir = makeTempDir('newsdesk-export-ui');
  harness = await startHarness({ shell: { chooseExportPath: (request) => choose(request) } });
  await harness.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.origin });
  articleId = harness.library.articles.create(seedArticleFields()).id;
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
  await harness.page.goto(`${harness.server.origin}/#/articles/${articleId}`);
  await harness.page.locator('.article-body').waitFor();
});
afterAll(async () => {
  await harness?.close();
  removeDir(outDir);
});

describe('export from the app', () => {
  it('lists what to check first, then exports a Word file through the save dialog', async () => {
    const { page } = harness;
    await page.getByTestId('open-export').click();
    const preflight = page.getByTestId('preflight');
    await expect.poll(() => preflight.locator('li').count()).toBeGreaterThan(0);
    const codes = await preflight.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    expect(codes).toEqual(expect.arrayContaining(['figureWithoutPhoto', 'figureWithoutCredit', 'overTargetLength']));
    expect(await preflight.textContent()).toContain('871 words: over the target of 800');
    await harness.screenshot('50-export-dialog-en');

    await page.getByLabel('Word document (.docx)').check();
    await page.getByTestId('export-start').click();
    await page.locator('[data-outcome="written"]').waitFor({ timeout: 30_000 });
    const written = path.join(outDir, 'khoi-thi-dua-cac-co-quan-dang-trung-uong.docx');
    expect(await page.getByTestId('export-status').textContent()).toContain(written);
    expect(fs.readFileSync(written).subarray(0, 2).toString()).toBe('PK');
  });

  it('cancels an export while the save dialog is still open, writing nothing', async () => {
    const { page } = harness;
    let release: (value: string | undefined) => void = () => undefined;
    choose = ({ suggestedName }) =>
      new Promise((resolve) => {
        release = () => resolve(path.join(outDir, `cancelled-${suggestedName}`));
      });
    await page.getByLabel('Plain text (.txt)').check();
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-cancel').click();
    release(undefined);
    await page.locator('[data-outcome="cancelled"]').waitFor();
    expect(fs.readdirSync(outDir).filter((name) => name.startsWith('cancelled-'))).toEqual([]);
  });

  it('speaks Vietnamese', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('language').selectOption('vi');
    await page.getByTestId('open-export').click();
    await expect.poll(() => page.getByTestId('preflight').textContent()).toContain('871 chữ: vượt độ dài dự kiến 800 chữ');
    expect(await page.getByLabel('Gói bàn giao (.zip)').count()).toBe(1);
    await harness.screenshot('51-export-dialog-vi');
    await page.getByRole('button', { name: 'Đóng' }).click();
    await page.getByTestId('language').selectOption('en');
  });

  it('copies the article as rich text for a web CMS', async () => {
    const { page } = harness;
    await page.getByTestId('copy-rich-text').click();
    await page.getByTestId('copy-state').waitFor();
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    expect(clipboard.html).toContain('Khối thi đua các cơ quan Đảng Trung ương');
    expect(clipboard.html).toContain('<figcaption');
    expect(clipboard.html).not.toMatch(/<script|on\w+=/);
    expect(clipboard.text).toContain('Tin và ảnh: Minh Khôi');
  });
});
