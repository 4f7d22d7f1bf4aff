// A photo used again in another story arrives without a caption: the first story's caption is offered in
// the photo panel, to take with one click, instead of being filled in unasked.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFigures } from '../../common/text/documentText';
import { docOf } from '../helpers/seed';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { noiseJpeg, writeFile } from '../photos/photoFixtures';
import { openEditorOn, type EditorSession } from './editorSession';

let dir: string;
let photo: string;
let session: EditorSession;

beforeAll(async () => {
  dir = makeTempDir('newsdesk-photo-reuse');
  photo = writeFile(dir, 'hoi-nghi.jpg', await noiseJpeg(600, 400, 3));
  session = await openEditorOn({ headline: 'Bài thứ nhất', body: docOf(['Đoạn mở đầu.']) });
});
afterAll(async () => {
  await session?.close();
  removeDir(dir);
});

async function insertPhoto(): Promise<void> {
  const { page } = session;
  await page.locator('.article-body > p').first().click();
  await page.getByTestId('photo-input').setInputFiles([path.join(dir, path.basename(photo))]);
  await page.locator('figure img').first().waitFor({ timeout: 20_000 });
}

describe('a reused photo', () => {
  it('offers the caption it had in the first story instead of filling it in', async () => {
    const { page, library } = session;
    await insertPhoto();
    await page.getByTestId('photo-entry-caption').fill('Quang cảnh Hội nghị sáng 22/6');
    await session.saved();

    const second = library.articles.create({ headline: 'Bài thứ hai', body: docOf(['Một đoạn khác.']) });
    await page.goto(`${session.server.origin}/#/articles/${second.id}`);
    await page.locator('.article-body').waitFor();
    await insertPhoto();
    const suggestion = page.getByTestId('earlier-caption');
    await suggestion.waitFor();
    expect(await suggestion.locator('q').textContent()).toBe('Quang cảnh Hội nghị sáng 22/6');
    expect(await page.getByTestId('photo-entry-caption').inputValue()).toBe('');
    await page.waitForTimeout(1200);
    expect(documentFigures(library.articles.get(second.id).body)[0]?.caption ?? '').toBe('');

    await page.getByTestId('use-earlier-caption').click();
    await expect.poll(() => page.getByTestId('photo-entry-caption').inputValue()).toBe('Quang cảnh Hội nghị sáng 22/6');
    expect(await page.getByTestId('earlier-caption').count()).toBe(0);
    await page.locator('[data-save-state="saved"]').waitFor();
    await expect.poll(() => documentFigures(library.articles.get(second.id).body)[0]?.caption).toBe('Quang cảnh Hội nghị sáng 22/6');
    expect(session.pageErrors).toEqual([]);
    expect(fs.existsSync(photo)).toBe(true);
  });
});
