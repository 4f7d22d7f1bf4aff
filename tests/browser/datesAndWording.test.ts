// Dates as the reader writes them: day first in the date fields (typed, or picked on the small calendar),
// in Vietnamese and in English; timestamps as 30/11/2026 07:55 in Vietnamese.
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
  await harness.page.getByTestId('language').selectOption('vi');
});
afterAll(async () => {
  await harness?.close();
});

const storedDate = () => harness.library.articles.get(articleId).dateline?.date;

describe('the dateline date', () => {
  it('shows and takes dd/mm/yyyy in Vietnamese, and refuses a date that does not exist', async () => {
    const { page } = harness;
    await page.goto(`${harness.server.origin}/#/articles/${articleId}`);
    const field = page.getByTestId('dateline-date');
    expect(await field.inputValue()).toBe('22/06/2024');
    await field.fill('1/7/2024');
    await expect.poll(storedDate, { timeout: 10_000 }).toBe('2024-07-01');
    await field.fill('31/02/2024');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.waitForTimeout(1200);
    expect(storedDate()).toBe('2024-07-01');
    await field.fill('01/07/2024');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
  });

  it('picks a day on the calendar, in the reader’s language', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'Ngày: chọn trên lịch' }).click();
    const calendar = page.locator('.date-popover');
    await calendar.waitFor();
    expect(await calendar.textContent()).toContain('Tháng Bảy 2024');
    await harness.screenshot('70-date-calendar-vi');
    await calendar.locator('[data-day="2024-07-15"] button').click();
    await calendar.waitFor({ state: 'detached' });
    expect(await page.getByTestId('dateline-date').inputValue()).toBe('15/07/2024');
    await expect.poll(storedDate, { timeout: 10_000 }).toBe('2024-07-15');
  });

  it('keeps the day first in English too, and the calendar speaks English', async () => {
    const { page } = harness;
    await page.getByTestId('language').selectOption('en');
    expect(await page.getByTestId('dateline-date').inputValue()).toBe('15/07/2024');
    expect(await page.getByTestId('dateline-date').getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await page.getByRole('button', { name: 'Date: choose on a calendar' }).click();
    expect(await page.locator('.date-popover').textContent()).toContain('July 2024');
    await page.keyboard.press('Escape');
    await page.locator('.date-popover').waitFor({ state: 'detached' });
    await page.getByTestId('language').selectOption('vi');
  });
});

describe('the library', () => {
  it('writes the last change as 30/11/2026 07:55 and filters by typed day-first dates', async () => {
    const { page } = harness;
    await page.getByTestId('back').click();
    const row = page.locator(`[data-article-id="${articleId}"]`);
    await row.waitFor();
    expect(await row.getByRole('cell').nth(4).textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await page.getByTestId('filter-from').fill('01/08/2024');
    await expect.poll(() => page.getByTestId('library-list').getAttribute('data-total')).toBe('0');
    await page.getByTestId('filter-from').fill('01/07/2024');
    await expect.poll(() => page.getByTestId('library-list').getAttribute('data-total')).toBe('1');
    expect(await page.getByRole('columnheader').nth(4).textContent()).toBe('Sửa lần cuối');
    expect(await page.getByTestId('library-sort').locator('option[value="updated"]').textContent()).toBe('Sửa lần cuối');
    expect(harness.pageErrors).toEqual([]);
  });

  it('writes the longest Vietnamese month name beside the calendar\'s arrows, not under them', async () => {
    const { page } = harness;
    const toggle = page.getByTestId('filter-to').locator('xpath=..').locator('.date-toggle');
    await toggle.click();
    const calendar = page.locator('.date-popover');
    await calendar.waitFor();
    // December: "Tháng Mười Hai", the longest month name.
    for (let step = 0; step < 12 && !(await calendar.locator('.rdp-caption_label').textContent())?.startsWith('Tháng Mười Hai'); step++) {
      await calendar.locator('.rdp-button_next').click();
    }
    const caption = (await calendar.locator('.rdp-caption_label').boundingBox())!;
    const previous = (await calendar.locator('.rdp-button_previous').boundingBox())!;
    expect(await calendar.locator('.rdp-caption_label').textContent()).toMatch(/^Tháng Mười Hai \d{4}$/);
    expect(caption.x + caption.width).toBeLessThanOrEqual(previous.x);
    await harness.screenshot('84-calendar-longest-month-vi');
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
  });
});
