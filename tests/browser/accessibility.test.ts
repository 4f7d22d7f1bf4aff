// axe-core on every screen, in both languages: the library empty, with articles and filtered to nothing,
// search results, the editor, the export dialog, the trash empty and with an article in it. Zero
// violations of any impact (colour contrast of 4.5:1 for text included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docOf } from '../helpers/seed';
import { axeViolations } from './axeCheck';
import { startHarness, type Harness } from './browserHarness';
import { seedArticleFields } from './seedArticle';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

async function expectNoViolations(screen: string): Promise<void> {
  expect({ screen, violations: await axeViolations(harness.page) }).toEqual({ screen, violations: [] });
}

for (const language of ['en', 'vi'] as const) {
  describe(`in ${language === 'en' ? 'English' : 'Vietnamese'}`, () => {
    it('the library: empty, with articles, filtered to nothing, and search results', async () => {
      const { page, library } = harness;
      await page.goto(`${harness.server.origin}/#/`);
      await page.getByTestId('language').selectOption(language);
      if (language === 'en') {
        await page.getByTestId('library-list').waitFor();
        await expectNoViolations('library, empty');
        library.articles.create(seedArticleFields());
        const ready = library.articles.create({ headline: 'Giá lúa tăng ở Cần Thơ', sapo: 'Nông dân phấn khởi.', section: 'Kinh tế', body: docOf(['Giá lúa hôm nay tăng.']) });
        library.articles.setStatus(ready.id, 'ready');
        const filed = library.articles.create({ headline: 'Bão số 3 vào Quảng Ninh', sapo: 'Gió giật mạnh.', section: 'Thời sự', body: docOf(['Bão đổ bộ.']) });
        library.articles.setStatus(filed.id, 'ready');
        library.articles.setStatus(filed.id, 'filed');
        const trashed = library.articles.create({ headline: 'Bản nháp bỏ đi', body: docOf(['Không dùng.']) });
        library.articles.delete(trashed.id);
        await page.reload();
      }
      await page.locator('[data-article-id]').first().waitFor();
      await expectNoViolations('library, with articles');
      // The notice after a delete, with its Undo.
      await page.locator('.library-row', { hasText: 'Bão số 3' }).getByRole('button').last().click();
      await page.getByTestId('undo-delete').waitFor();
      await expectNoViolations('library, after a delete');
      await page.getByTestId('undo-delete').click();
      await page.getByTestId('filter-status').selectOption('filed');
      await page.getByTestId('filter-section').selectOption('Kinh tế');
      await expect.poll(() => page.getByTestId('library-list').getAttribute('data-total')).toBe('0');
      await expectNoViolations('library, filtered to nothing');
      await page.getByTestId('filter-status').selectOption('');
      await page.getByTestId('filter-section').selectOption('');
      await page.getByTestId('library-search').fill('dang trung uong');
      await page.locator('.search-hit').first().waitFor();
      await expectNoViolations('search results');
      await page.getByTestId('library-search').fill('');
    });

    it('the trash: with an article, then empty', async () => {
      const { page } = harness;
      await page.getByTestId('tab-trash').click();
      await page.locator('[data-article-id]').first().waitFor();
      await expectNoViolations('trash, with an article');
      if (language === 'vi') {
        await page.locator('[data-article-id] button').first().click();
        await page.locator('.library-empty').waitFor();
        await expectNoViolations('trash, empty');
      }
      await page.getByTestId('tab-library').click();
    });

    it('the editor with the seed, the export dialog and the shortcuts sheet', async () => {
      const { page } = harness;
      await page.locator('.library-row .library-headline', { hasText: 'Khối thi đua' }).click();
      await page.locator('.article-body').waitFor();
      await expectNoViolations('editor');
      // The harness's window is too narrow for the details and the photos side by side: the photos' tab.
      await page.getByTestId('side-tab-photos').click();
      await page.getByTestId('photo-panel').waitFor();
      await expectNoViolations('editor, photos tab');
      await page.getByTestId('side-tab-details').click();
      await page.getByTestId('open-export').click();
      await page.getByTestId('preflight').locator('li').first().waitFor();
      await expectNoViolations('export dialog');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+/');
      await page.getByTestId('shortcuts-sheet').waitFor();
      await expectNoViolations('shortcuts sheet');
      await page.keyboard.press('Escape');
      await page.getByTestId('back').click();
      // An article marked Ready: its status shows in the details.
      await page.locator('.library-row .library-headline', { hasText: 'Giá lúa' }).click();
      await page.locator('.article-body').waitFor();
      await expectNoViolations('editor, a Ready article');
      await page.getByTestId('back').click();
      expect(harness.pageErrors).toEqual([]);
    });
  });
}
