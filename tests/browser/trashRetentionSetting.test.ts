// The trash's retention in the app: "Keep trashed articles for N days" sets it; the trash's note and every
// row's purge date follow at once, and a shorter time purges what it no longer keeps. English and Vietnamese,
// axe-core clean in both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axeCheck';
import { startHarness, type Harness } from './browserHarness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('trash retention setting', () => {
  it('sets the days from the trash, in both languages', async () => {
    const { library, page } = harness;
    for (const headline of ['Bão số 3 đổ bộ Quảng Ninh', 'Giá xăng giảm lần thứ ba']) library.articles.delete(library.articles.create({ headline }).id);
    // One trashed ten days ago: a shorter time than ten days purges it.
    const old = library.articles.create({ headline: 'Tin cũ mười ngày' });
    library.articles.delete(old.id);
    library.db.prepare('UPDATE articles SET deleted_at = ? WHERE id = ?').run(new Date(Date.now() - 10 * 86_400_000).toISOString(), old.id);

    await page.goto(harness.server.pageUrl);
    await page.getByTestId('tab-trash').click();
    const rows = page.locator('.library-row[data-article-id]');
    await expect.poll(() => rows.count()).toBe(3);
    const days = page.getByLabel('Keep trashed articles for');
    await expect.poll(() => days.inputValue()).toBe('30');
    const apply = page.getByTestId('trash-retention-apply');
    expect(await apply.isDisabled()).toBe(true);
    await days.fill('7');
    await apply.click();
    await expect.poll(() => page.locator('.trash-bar').textContent()).toContain('kept here for 7 days');
    expect(library.settings.trashRetentionDays()).toBe(7);
    await expect.poll(() => rows.count()).toBe(2);
    for (const text of await rows.allTextContents()) expect(text).toContain('deleted for good in 7 days');
    // Not a number of days: nothing to apply.
    await days.fill('0');
    expect(await apply.isDisabled()).toBe(true);
    await days.fill('14');
    await harness.screenshot('trash-retention-en');
    expect(await axeViolations(page)).toEqual([]);
    await days.press('Enter');
    await expect.poll(() => page.locator('.trash-bar').textContent()).toContain('kept here for 14 days');

    await page.getByTestId('language').selectOption('vi');
    const daysVi = page.getByLabel('Giữ bài trong thùng rác');
    await expect.poll(() => daysVi.inputValue()).toBe('14');
    await daysVi.fill('21');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await expect.poll(() => page.locator('.trash-bar').textContent()).toContain('được giữ ở đây 21 ngày');
    await expect.poll(() => rows.first().textContent()).toContain('sẽ xóa vĩnh viễn sau 21 ngày');
    expect(library.settings.trashRetentionDays()).toBe(21);
    await harness.screenshot('trash-retention-vi');
    expect(await axeViolations(page)).toEqual([]);
  });
});
