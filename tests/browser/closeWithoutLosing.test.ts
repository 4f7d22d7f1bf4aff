// Typing, then closing the page at once (before the autosave's pause is over): the text is in the library
// and is there when the article is opened again. And text a closing window could not save, set aside by the
// shell, is offered back at the next start, in either language.
import { afterEach, describe, expect, it } from 'vitest';
import { DraftRecovery } from '../../library/draftRecovery';
import { openEditorOn, type EditorSession } from './editorSession';

const typed = 'Nước lũ dâng nhanh, người dân sơ tán trong đêm.';

describe('closing the page never loses typing', () => {
  let session: EditorSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('saves what was typed just before the page closed, and shows it on reopening', async () => {
    session = await openEditorOn({ headline: 'Lũ ở miền Trung' });
    const { page, library, articleId, browser } = session;
    await session.body().click();
    await page.keyboard.type(typed);
    await page.getByTestId('headline').click();
    await page.keyboard.press('End');
    await page.keyboard.type(': 3 người mất tích');
    // At once, well inside the autosave's pause: only the page's own flush on leaving can save this.
    await page.close({ runBeforeUnload: false });
    await page.context().close();
    await expect.poll(() => library.articles.plainText(articleId), { timeout: 10_000 }).toBe(typed);
    expect(library.articles.get(articleId).headline).toBe('Lũ ở miền Trung: 3 người mất tích');

    const reopened = await browser.newPage();
    await reopened.goto(session.server.pageUrl);
    await reopened.getByTestId('new-article').waitFor();
    await reopened.goto(`${session.server.origin}/#/articles/${articleId}`);
    await expect.poll(() => reopened.locator('.article-body').textContent()).toBe(typed);
    await expect.poll(() => reopened.getByTestId('headline').inputValue()).toBe('Lũ ở miền Trung: 3 người mất tích');
  });

  it('offers back text set aside at the last close; Restore saves it into the article and opens it', async () => {
    session = await openEditorOn({ headline: 'Giá xăng giảm' });
    const { page, library, articleId, dataDir, server } = session;
    new DraftRecovery(dataDir).write(articleId, { headline: 'Giá xăng giảm lần thứ ba', sapo: 'Từ 15 giờ chiều nay.' }, new Date('2026-11-30T08:05:00Z'));

    await page.goto(`${server.origin}/#/`);
    await page.reload();
    const notice = page.getByTestId('recovery-notice');
    await expect.poll(() => notice.textContent()).toContain('“Giá xăng giảm lần thứ ba” was not saved when Newsdesk closed');
    await session.screenshot('recovery-notice-en');
    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => notice.textContent()).toContain('chưa kịp lưu khi Newsdesk đóng');
    await session.screenshot('recovery-notice-vi');

    await notice.getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => page.getByTestId('headline').inputValue()).toBe('Giá xăng giảm lần thứ ba');
    expect(await notice.count()).toBe(0);
    expect(library.articles.get(articleId)).toMatchObject({ headline: 'Giá xăng giảm lần thứ ba', sapo: 'Từ 15 giờ chiều nay.' });
    expect(new DraftRecovery(dataDir).list()).toEqual([]);
  });
});
