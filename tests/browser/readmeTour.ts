// The README's tour: the main screens in Vietnamese (library, editor with the seed and its photos, export
// dialog, search), taken from the real app in Chromium. The browser tests take them on every run (and check
// the README shows each); `npm run tour` writes them into docs/tour, small, for the README.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { docOf } from '../helpers/seed';
import { seedWithPhotos } from '../export/exportFixtures';
import type { Harness } from './browserHarness';

export const tourShots = ['library', 'editor', 'export', 'search'] as const;
export const tourViewport = { width: 1280, height: 800 };

export async function takeTour(harness: Harness, outDir: string): Promise<string[]> {
  const { page, library } = harness;
  const { article } = await seedWithPhotos(library, harness.dataDir);
  library.articles.setStatus(article.id, 'ready');
  const others: [string, string, string][] = [
    ['Giá lúa tăng mạnh, nông dân Cần Thơ phấn khởi vào vụ mới', 'Giá lúa tươi tại ruộng tăng 500 đồng/kg so với tuần trước.', 'Kinh tế'],
    ['Bão số 3 đổ bộ vào Quảng Ninh, hàng nghìn hộ dân được sơ tán', 'Chính quyền địa phương đã chủ động di dời người dân khỏi vùng nguy hiểm.', 'Thời sự'],
    ['Lễ hội áo dài Thành phố Hồ Chí Minh thu hút đông đảo du khách', 'Lễ hội năm nay có hơn 200 hoạt động văn hóa, nghệ thuật.', 'Văn hóa'],
  ];
  for (const [headline, sapo, section] of others) library.articles.create({ headline, sapo, section, body: docOf([sapo]) });

  fs.mkdirSync(outDir, { recursive: true });
  await page.setViewportSize(tourViewport);
  await page.goto(harness.server.pageUrl);
  await page.getByTestId('language').selectOption('vi');
  await page.locator('[data-article-id]').first().waitFor();
  const files = [await shoot(harness, outDir, 'library')];

  await page.goto(`${harness.server.origin}/#/articles/${article.id}`);
  await page.locator('.figure-media img').first().waitFor();
  // At the tour's width the details and the photos are two tabs of the sidebar: the photos are shown.
  await page.getByTestId('side-tab-photos').click();
  await page.locator('.photo-thumb img').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('.article-body').evaluate((element) => (element as HTMLElement).blur());
  files.push(await shoot(harness, outDir, 'editor'));

  await page.getByTestId('open-export').click();
  await page.getByTestId('preflight').locator('li, p').first().waitFor();
  files.push(await shoot(harness, outDir, 'export'));
  await page.keyboard.press('Escape');

  await page.getByTestId('back').click();
  await page.getByTestId('library-search').fill('dang trung uong');
  await page.locator('.search-hit').first().waitFor();
  files.push(await shoot(harness, outDir, 'search'));
  await page.getByTestId('library-search').fill('');
  return files;
}

/** The window as the reporter sees it, as a small palette PNG. */
async function shoot(harness: Harness, outDir: string, name: (typeof tourShots)[number]): Promise<string> {
  const file = path.join(outDir, `${name}.png`);
  const raw = await harness.page.screenshot();
  fs.writeFileSync(file, await sharp(raw).png({ palette: true, quality: 85, compressionLevel: 9, effort: 10 }).toBuffer());
  return file;
}
