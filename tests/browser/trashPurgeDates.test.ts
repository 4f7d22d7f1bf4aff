// The trash says how long it keeps an article and, on every row, when that article will be deleted for good:
// in English and in Vietnamese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browserHarness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the trash shows when each article is purged', () => {
  it('in both languages, following the retention setting', async () => {
    const { library, page } = harness;
    for (const headline of ['Bão số 3 đổ bộ Quảng Ninh', 'Giá xăng giảm lần thứ ba', 'Mùa lúa chín ở Tam Cốc']) {
      const { id } = library.articles.create({ headline });
      if (headline !== 'Mùa lúa chín ở Tam Cốc') library.articles.delete(id);
    }
    library.settings.setTrashRetentionDays(14);

    await page.goto(harness.server.pageUrl);
    await page.getByTestId('tab-trash').click();
    const rows = page.locator('.library-row[data-article-id]');
    await expect.poll(() => rows.count()).toBe(2);
    for (const text of await rows.allTextContents()) expect(text).toContain('deleted for good in 14 days');
    await expect.poll(() => page.locator('.trash-bar').textContent()).toContain('kept here for 14 days');
    await harness.screenshot('trash-purge-dates-en');

    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => rows.first().textContent()).toContain('sẽ xóa vĩnh viễn sau 14 ngày');
    await expect.poll(() => page.locator('.trash-bar').textContent()).toContain('được giữ ở đây 14 ngày');
    await harness.screenshot('trash-purge-dates-vi');
  });
});
