// The history panel in the real editor: revisions newest first, a selected one's word-by-word differences
// from the current text (a moved tone mark, hòa → hoà, is a change), its own text, restore (itself a
// revision) and "Save version…"; the keyboard and the focus; axe-core and screenshots in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../contract/schemas/article';
import type { NewArticle } from '../../store/articleStore';
import { docOf } from '../helpers/seed';
import { axeViolations } from './axeCheck';
import path from 'node:path';
import { screenshotDir, startHarness, type Harness } from './browserHarness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

const article: NewArticle = {
  headline: 'Hội nghị hòa bình ở Đà Nẵng',
  sapo: 'Các đại biểu bàn về hợp tác biển.',
  credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
  body: {
    type: 'doc',
    content: [
      ...docOf(['Sáng nay, hội nghị khai mạc tại Đà Nẵng với hơn 200 đại biểu.', 'Phiên thảo luận kéo dài đến trưa.']).content!,
      { type: 'figure', attrs: { photoId: null, credit: 'Ảnh: Minh Khôi' }, content: [{ type: 'text', text: 'Đại biểu dự phiên khai mạc' }] },
    ],
  },
};

async function openArticle(fields: NewArticle): Promise<number> {
  const { id } = harness.library.articles.create(fields);
  await harness.page.goto(`${harness.server.origin}/#/articles/${id}`);
  await harness.page.locator('.article-body').waitFor();
  return id;
}

async function saved(id: number): Promise<Article> {
  await harness.page.waitForTimeout(50);
  await harness.page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
  return harness.library.articles.get(id);
}

async function expectNoViolations(screen: string): Promise<void> {
  expect({ screen, violations: await axeViolations(harness.page) }).toEqual({ screen, violations: [] });
}

describe('the history panel', () => {
  it('lists revisions newest first, shows the tone mark moved as a change, restores, and saves a labelled version', async () => {
    const { page, library } = harness;
    await page.getByTestId('language').selectOption('en');
    const id = await openArticle(article);
    const headline = page.getByTestId('headline');
    await headline.fill('Hội nghị hoà bình ở Đà Nẵng');
    await saved(id);
    await page.getByTestId('sapo').fill('Các đại biểu bàn về hợp tác kinh tế biển.');
    await saved(id);

    // Opened with the shortcut from the headline; closed, the focus goes back there.
    await headline.focus();
    await page.keyboard.press('Control+Shift+H');
    const panel = page.getByTestId('history-panel');
    await panel.waitFor();
    const options = panel.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThanOrEqual(2);
    const numbers = await options.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-revision'))));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    expect(await options.last().getAttribute('data-reason')).toBe('created');
    await expect.poll(() => options.first().textContent()).toMatch(/autosave.*current text/);
    // The time as the app writes it, and the size of the change.
    expect(await options.first().textContent()).toMatch(/\d{2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
    expect(await options.last().textContent()).toMatch(/\d+ words/);

    // ↓ moves the selection and the focus; End selects the first revision.
    await options.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-revision'))).toBe(await options.nth(1).getAttribute('data-revision'));
    await page.keyboard.press('End');
    const created = panel.locator('[data-testid="history-detail"][data-revision="1"]');
    await created.waitFor();
    const headlineDiff = panel.locator('[data-field="headline"]');
    await expect.poll(() => headlineDiff.locator('del').allTextContents()).toEqual(['hòa']);
    expect(await headlineDiff.locator('ins').allTextContents()).toEqual(['hoà']);
    const sapoDiff = panel.locator('[data-field="sapo"]');
    expect(await sapoDiff.locator('ins').allTextContents()).toEqual(['kinh tế ']);
    // Underlined and struck through, not only coloured.
    expect(await headlineDiff.locator('ins').evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('underline');
    expect(await headlineDiff.locator('del').evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('line-through');
    await expectNoViolations('history panel with a diff, English');
    for (const [width, height] of [
      [1024, 700],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(screenshotDir, `history-panel-en-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 860 });

    // Its own text, in the second tab (→ from the first).
    await panel.getByTestId('history-tab-changes').focus();
    await page.keyboard.press('ArrowRight');
    const content = panel.getByTestId('history-content');
    await content.waitFor();
    expect(await content.textContent()).toContain('Hội nghị hòa bình ở Đà Nẵng');
    expect(await content.textContent()).toContain('Tin và ảnh: Minh Khôi');
    expect(await content.textContent()).toContain('Đại biểu dự phiên khai mạc');

    // Restore, confirmed: the editor reloads with that text, and the restore is a revision of its own.
    const before = library.revisions.list(id).length;
    await panel.getByTestId('history-restore').click();
    const confirm = page.locator('.confirm-dialog');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Restore version 1?');
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('headline').inputValue()).toBe('Hội nghị hòa bình ở Đà Nẵng');
    expect(await page.getByTestId('sapo').inputValue()).toBe('Các đại biểu bàn về hợp tác biển.');
    const afterRestore = library.revisions.list(id);
    expect(afterRestore).toHaveLength(before + 1);
    expect(afterRestore.at(-1)).toMatchObject({ reason: 'revert', restoredFrom: 1 });
    expect(library.articles.get(id).headline).toBe('Hội nghị hòa bình ở Đà Nẵng');
    // The editor goes on saving on top of the restored text.
    await page.getByTestId('sapo').fill('Các đại biểu bàn về hợp tác biển và du lịch.');
    expect((await saved(id)).sapo).toBe('Các đại biểu bàn về hợp tác biển và du lịch.');

    // "Save version…" with a label, from the button; Close gives the focus back to the button.
    const opener = page.getByTestId('open-history');
    await opener.click();
    await panel.waitFor();
    await panel.getByTestId('save-version').click();
    await panel.getByTestId('save-version-label').fill('gửi ban biên tập');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Saved as “gửi ban biên tập”.');
    expect(library.revisions.list(id).at(-1)).toMatchObject({ reason: 'label', label: 'gửi ban biên tập' });
    await expect.poll(() => options.first().textContent()).toContain('“gửi ban biên tập”');
    await panel.getByTestId('history-close').click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-history');
    // Escape closes it too, back to the text it was opened from.
    await page.getByTestId('sapo').focus();
    await page.keyboard.press('Control+Shift+H');
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('sapo');

    // The shortcut is in the button's tooltip and on the "Keyboard shortcuts" sheet.
    expect(await opener.getAttribute('title')).toBe('Show the article’s history (Ctrl+Shift+H)');
    await page.keyboard.press('Control+/');
    const sheet = page.getByTestId('shortcuts-sheet');
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('Show the article’s history · in an articleCtrl+Shift+H');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });

  it('in Vietnamese: the same panel, worded and dated the Vietnamese way, with no axe-core violations', async () => {
    const { page } = harness;
    await page.getByTestId('language').selectOption('vi');
    const id = await openArticle(article);
    await page.getByTestId('headline').fill('Hội nghị hoà bình ở Đà Nẵng');
    await saved(id);
    await page.getByTestId('open-history').click();
    const panel = page.getByTestId('history-panel');
    await panel.locator('[role="option"][data-revision="1"]').click();
    await panel.locator('[data-testid="history-detail"][data-revision="1"]').waitFor();
    await expect.poll(() => panel.locator('[data-field="headline"] ins').allTextContents()).toEqual(['hoà']);
    expect(await panel.locator('h2').textContent()).toBe('Lịch sử bài viết');
    expect(await panel.getByRole('option').first().textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}Bản lưu 2tự động lưu · nội dung hiện tại/);
    expect(await panel.getByTestId('history-restore').textContent()).toBe('Khôi phục bản này');
    await expectNoViolations('history panel with a diff, Vietnamese');
    for (const [width, height] of [
      [1024, 700],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(screenshotDir, `history-panel-vi-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 860 });
    // The version's own text, and the form naming a version.
    await panel.getByTestId('history-tab-text').click();
    await panel.getByTestId('history-content').waitFor();
    expect(await panel.getByTestId('history-content').textContent()).toContain('Tin và ảnh: Minh Khôi');
    await panel.getByTestId('save-version').click();
    await panel.getByTestId('save-version-label').waitFor();
    expect(await panel.getByTestId('save-version-label').getAttribute('placeholder')).toBe('ví dụ: đã gửi ban biên tập');
    await expectNoViolations('history panel, a version’s text and the version form, Vietnamese');
    // Escape leaves the form, then the panel.
    await page.keyboard.press('Escape');
    await panel.getByTestId('save-version-form').waitFor({ state: 'detached' });
    expect(await panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.getByTestId('language').selectOption('en');
  });
});
