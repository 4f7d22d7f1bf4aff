// "Update from file…" in the editor (the browser's file input; Electron asks the shell's own dialog): a
// corrected text file made here, in UTF-16, replaces the article's content while typing was still pending.
// The editor reloads with the file's text, says what reading it did (the import report), and "Show what
// changed" opens the history on the text before the update: the tone mark moved and the figure kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFigures, documentToPlainText } from '../../common/text/documentText';
import { docOf } from '../helpers/seed';
import { screenshotDir, startHarness, type Harness } from './browserHarness';
import { caretAtEndOfParagraph } from './editorSession';

let harness: Harness;
let folder: string;

beforeAll(async () => {
  harness = await startHarness();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-update-file-'));
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const corrected = [
  'Hội nghị hoà bình ở Đà Nẵng',
  'Các đại biểu bàn về hợp tác biển.',
  '',
  'Sáng nay, hội nghị khai mạc tại Đà Nẵng với hơn 300 đại biểu.',
  '',
  'Đại biểu dự phiên khai mạc',
  '',
  'Phiên thảo luận kéo dài đến chiều.',
  '',
].join('\r\n');

describe('Update from file… in the editor', () => {
  it('replaces the content from the file, reports it, and the history shows exactly what changed', async () => {
    const { page, library } = harness;
    await page.getByTestId('language').selectOption('en');
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#36c' } }).jpeg().toBuffer();
    const [imported] = await library.photos.importPhotos([{ name: 'khai-mac.jpg', bytes: jpeg }], {});
    if (!imported?.ok) throw new Error('the photo was not imported');
    const photoId = imported.photo.id;
    const { id } = library.articles.create({
      headline: 'Hội nghị hòa bình ở Đà Nẵng',
      sapo: 'Các đại biểu bàn về hợp tác biển.',
      body: {
        type: 'doc',
        content: [
          ...docOf(['Sáng nay, hội nghị khai mạc tại Đà Nẵng với hơn 200 đại biểu.']).content!,
          { type: 'figure', attrs: { photoId, credit: 'Ảnh: Minh Khôi' }, content: [{ type: 'text', text: 'Đại biểu dự phiên khai mạc' }] },
          ...docOf(['Phiên thảo luận kéo dài đến trưa.']).content!,
        ],
      },
    });
    await page.goto(`${harness.server.origin}/#/articles/${id}`);
    await page.locator('.article-body').waitFor();
    // Typing not yet saved when the update starts: it is saved first, so the history holds it.
    await caretAtEndOfParagraph(page, 1);
    await page.keyboard.type(' Có mưa.');

    const file = path.join(folder, 'bản sửa.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(corrected, 'utf16le')]));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('update-from-file').click()]);
    await chooser.setFiles(file);

    const notice = page.getByTestId('update-file-notice');
    await notice.waitFor();
    expect(await notice.locator('.notice-text').first().textContent()).toContain('Updated from bản sửa.txt.');
    expect(await notice.getByTestId('import-report-line').allTextContents()).toEqual([expect.stringContaining('UTF-16')]);
    expect(await page.getByTestId('headline').inputValue()).toBe('Hội nghị hoà bình ở Đà Nẵng');
    expect(await page.locator('.article-body').textContent()).toContain('hơn 300 đại biểu');

    const article = library.articles.get(id);
    expect(article.status).toBe('draft');
    expect(documentToPlainText(article.body)).toBe('Sáng nay, hội nghị khai mạc tại Đà Nẵng với hơn 300 đại biểu.\n\nPhiên thảo luận kéo dài đến chiều.');
    // The figure of the same caption keeps its photo and its credit.
    expect(documentFigures(article.body)).toMatchObject([{ photoId, caption: 'Đại biểu dự phiên khai mạc', credit: 'Ảnh: Minh Khôi' }]);
    const revisions = library.revisions.list(id);
    expect(revisions.at(-1)).toMatchObject({ reason: 'update' });
    const before = revisions.at(-2)!;
    expect(documentToPlainText(library.revisions.get(id, before.revision).content.body)).toContain('đến trưa. Có mưa.');

    await page.screenshot({ path: path.join(screenshotDir, 'update-from-file-en.png') });
    // "Show what changed": the history, on the text before the update, word by word.
    await notice.getByTestId('update-show-changes').click();
    const panel = page.getByTestId('history-panel');
    await panel.locator(`[data-testid="history-detail"][data-revision="${before.revision}"]`).waitFor();
    expect(await panel.locator(`[role="option"][data-revision="${before.revision}"]`).getAttribute('aria-selected')).toBe('true');
    const field = (name: string) => panel.locator(`[data-field="${name}"]`);
    expect(await field('headline').locator('del').allTextContents()).toEqual(['hòa']);
    expect(await field('headline').locator('ins').allTextContents()).toEqual(['hoà']);
    expect(await field('body').locator('del').allTextContents()).toEqual(['200', 'trưa. Có mưa']);
    expect(await field('body').locator('ins').allTextContents()).toEqual(['300', 'chiều']);
    expect(await panel.locator('[data-field]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-field')))).toEqual([
      'headline',
      'body',
    ]);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: path.join(screenshotDir, 'history-after-update-en-1024.png') });
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });
});
