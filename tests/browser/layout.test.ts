// Layout at a small laptop (1024×700) and a common desktop (1440×900): library rows show the whole headline
// on up to two lines (a tooltip for the rest) and the sapo's first line; the photo panel counts only real
// photos and gives caption and credit its full width; the window title names the open article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryOutbox } from '../../library/libraryOutbox';
import { envSecretVault } from '../../outbox/secrets/secretVault';
import { docOf } from '../helpers/seed';
import { screenshotDir, startHarness, type Harness } from './browserHarness';
import { toolbarLineCount } from './editorSession';
import { seedArticleFields } from './seedArticle';

let harness: Harness;
let seedId: number;
const longHeadline =
  'Hội nghị tổng kết công tác thi đua khen thưởng năm 2024 của Khối thi đua các cơ quan Đảng Trung ương và phương hướng nhiệm vụ năm 2025 tại Hà Nội';

beforeAll(async () => {
  harness = await startHarness();
  harness.library.articles.create({ headline: longHeadline, sapo: 'Sáng 22/6, tại Hà Nội.\nDòng thứ hai của sapo.', body: docOf(['Một đoạn.']) });
  harness.library.articles.create({ headline: `${longHeadline} (bản hai)`, sapo: 'Một sapo khác.', body: docOf(['Một đoạn.']) });
  seedId = harness.library.articles.create(seedArticleFields()).id;
  const trashed = harness.library.articles.create({ headline: 'Bản nháp bỏ đi', body: docOf(['Không dùng.']) });
  harness.library.articles.delete(trashed.id);
  const outbox = libraryOutbox(harness.library, envSecretVault({}));
  await outbox.addDestination('Ổ chung của tòa soạn', { kind: 'folder', path: `${harness.dataDir}/chưa-cắm` });
  outbox.file(seedId, 'Ổ chung của tòa soạn');
  await outbox.send();
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
  await harness.page.getByTestId('language').selectOption('vi');
});
afterAll(async () => {
  await harness?.close();
});

for (const [width, height] of [
  [1024, 700],
  [1440, 900],
] as const) {
  describe(`at ${width}×${height}`, () => {
    it('shows whole headlines on up to two lines, with a tooltip, and the sapo’s first line', async () => {
      const { page } = harness;
      await page.setViewportSize({ width, height });
      await page.goto(`${harness.server.origin}/#/`);
      const headline = page.locator(`.library-row .library-headline[title="${longHeadline}"]`);
      await headline.waitFor();
      expect(await headline.getAttribute('title')).toBe(longHeadline);
      const box = await headline.evaluate((element) => ({
        height: element.getBoundingClientRect().height,
        lineHeight: Number.parseFloat(getComputedStyle(element).lineHeight),
        width: element.getBoundingClientRect().width,
      }));
      expect(box.height).toBeGreaterThan(box.lineHeight * 1.5);
      expect(box.height).toBeLessThanOrEqual(box.lineHeight * 2 + 1);
      expect(box.width).toBeGreaterThan(280);
      const sapo = page.locator(`.library-row:has(.library-headline[title="${longHeadline}"]) .library-sapo`);
      expect(await sapo.textContent()).toBe('Sáng 22/6, tại Hà Nội. Dòng thứ hai của sapo.');
      expect(await page.title()).toBe('Newsdesk');
      await harness.screenshot(`80-library-${width}-vi`);
    });

    it('gives the photos room, counts only real photos and names the article in the window title', async () => {
      const { page } = harness;
      await page.goto(`${harness.server.origin}/#/articles/${seedId}`);
      const panel = page.getByTestId('photo-panel');
      // Too narrow for the details and the photos side by side: the photos are a tab of their own.
      const photosTab = page.getByTestId('side-tab-photos');
      await page.locator('.article-body').waitFor();
      // The formatting toolbar is one line (issue #16): the table commands are a menu, not six buttons.
      expect(await toolbarLineCount(page)).toBe(1);
      if (width < 1380) {
        expect(await panel.isVisible()).toBe(false);
        await page.screenshot({ path: `${screenshotDir}/81-editor-${width}-details-vi.png` });
        await photosTab.click();
        // One Tab stop, arrow keys between the two (WAI-ARIA tabs); the panel's content is kept.
        await page.keyboard.press('ArrowLeft');
        expect(await page.getByTestId('side-tab-details').evaluate((tab) => tab === document.activeElement && tab.getAttribute('aria-selected'))).toBe('true');
        await page.keyboard.press('End');
        expect(await photosTab.evaluate((tab) => tab === document.activeElement && tab.getAttribute('aria-selected'))).toBe('true');
      } else {
        expect(await photosTab.count()).toBe(0);
      }
      await panel.waitFor();
      expect(await panel.locator('h2').textContent()).toBe('Ảnh · 0 ảnh · 2 khung ảnh chờ ảnh');
      const entry = await panel.getByTestId('photo-entry').first().boundingBox();
      const caption = await panel.getByTestId('photo-entry-caption').first().boundingBox();
      expect(caption!.width).toBeGreaterThan(entry!.width * 0.85);
      const side = await page.locator('.editor-side').evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(side).toBe(0);
      // Every caption and credit is in the window as it is: nothing to scroll to before editing them.
      expect(await page.locator('.editor-side').evaluate((element) => element.scrollTop)).toBe(0);
      for (const box of [caption, await panel.getByTestId('photo-entry-credit').last().boundingBox()]) {
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      }
      expect(caption!.height).toBeGreaterThan(40);
      expect(await page.title()).toBe('Khối thi đua các cơ quan Đảng Trung ương: Đẩy mạnh hoạt động năm 2022 gắn với hoàn thành xuất sắc nhiệm vụ chính trị — Newsdesk');
      // The window as the reporter sees it, not the whole page.
      await page.screenshot({ path: `${screenshotDir}/81-editor-${width}-vi.png` });
    });

    it('fits every other screen and dialog in the window: nothing wider than it, no dialog taller', async () => {
      const { page } = harness;
      const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      const dialogFitsWindow = async (name: string) => {
        const box = (await page.locator('dialog[open]').boundingBox())!;
        expect({ name, top: box.y >= 0, bottom: box.y + box.height <= height, right: box.x + box.width <= width }).toEqual({ name, top: true, bottom: true, right: true });
      };
      const shots: [string, () => Promise<void>][] = [
        ['search', async () => {
          await page.goto(`${harness.server.origin}/#/`);
          await page.getByTestId('library-search').fill('thi dua');
          await page.locator('.search-hit').first().waitFor();
        }],
        ['trash', async () => {
          await page.getByTestId('library-search').fill('');
          await page.getByTestId('tab-trash').click();
          await page.locator('[data-article-id]').first().waitFor();
        }],
        ['outbox', async () => {
          await page.getByTestId('tab-library').click();
          await page.goto(`${harness.server.origin}/#/outbox`);
          await page.getByTestId('outbox-item').first().waitFor();
        }],
        ['destinations', async () => {
          await page.getByTestId('open-destinations').click();
          await page.getByTestId('destination').first().waitFor();
        }],
        ['export-dialog', async () => {
          await page.goto(`${harness.server.origin}/#/articles/${seedId}`);
          await page.getByTestId('open-export').click();
          await page.getByTestId('preflight').locator('li').first().waitFor();
          await dialogFitsWindow('export-dialog');
        }],
        ['file-dialog', async () => {
          await page.keyboard.press('Escape');
          await page.getByTestId('open-file').click();
          await page.getByTestId('file-destination').waitFor();
          await dialogFitsWindow('file-dialog');
        }],
        ['shortcuts', async () => {
          await page.keyboard.press('Escape');
          await page.keyboard.press('Control+/');
          await page.getByTestId('shortcuts-sheet').waitFor();
          await dialogFitsWindow('shortcuts-sheet');
        }],
      ];
      for (const [name, show] of shots) {
        await show();
        expect({ name, fitsWidth: await fitsWidth() }).toEqual({ name, fitsWidth: true });
        await page.screenshot({ path: `${screenshotDir}/82-${name}-${width}-vi.png` });
      }
      await page.keyboard.press('Escape');
    });
  });
}
