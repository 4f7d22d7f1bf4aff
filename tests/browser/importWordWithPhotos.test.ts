// A Word file as a reporter sends it — headline, sapo, text, two photos each with Word's caption (its
// "Hình 1:" label in front) and a credit line under it — imported through the app's Import…: the editor shows
// both photos loaded, the captions without their labels, the credits, and the import report says what came in.
import fs from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { axeViolations } from './axeCheck';
import { screenshotDir, startHarness, type Harness } from './browserHarness';

let harness: Harness;
let files: string;
beforeAll(async () => {
  harness = await startHarness();
  files = makeTempDir('newsdesk-import-word-photos');
});
afterAll(async () => {
  await harness?.close();
  removeDir(files);
});

/** A picture that reads as a photo at a glance: a sky-to-ground gradient, a sun and a few shapes. */
function photo(sky: string, ground: string, shape: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="${ground}"/></linearGradient></defs>
    <rect width="960" height="640" fill="url(#g)"/>
    <circle cx="760" cy="150" r="80" fill="#ffd54a" opacity="0.9"/>
    <polygon points="0,640 260,300 520,640" fill="${shape}"/>
    <polygon points="380,640 640,360 900,640" fill="${shape}" opacity="0.8"/>
    <rect x="90" y="470" width="140" height="110" fill="#fff" opacity="0.85"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

const captions = ['Quang cảnh hội nghị tổng kết công tác dân vận năm 2024', 'Đại biểu phát biểu ý kiến tại phiên thảo luận'];

async function wordFile(): Promise<Buffer> {
  const pictures = [await photo('#5b8fd6', '#2f6b3a', '#7a5230'), await photo('#e88a4a', '#6b2f5a', '#2f3f6b')];
  const figure = (index: number) => [
    new Paragraph({ children: [new ImageRun({ type: 'jpg', data: pictures[index]!, transformation: { width: 480, height: 320 } })] }),
    new Paragraph({ style: 'Caption', children: [new TextRun(`Hình ${index + 1}: ${captions[index]}`)] }),
    new Paragraph({ children: [new TextRun('Ảnh: Đức Thanh')] }),
  ];
  return Packer.toBuffer(
    new Document({
      // Word's own Subtitle style, which the import reads as the sapo.
      styles: { paragraphStyles: [{ id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { bold: true } }] },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Dân vận khéo ở Điện Biên: đường về bản mới')] }),
            new Paragraph({ style: 'Subtitle', children: [new TextRun('Sáng 22/6, Ban Dân vận tỉnh tổng kết một năm thực hiện phong trào “Dân vận khéo” ở các xã vùng cao.')] }),
            new Paragraph({ children: [new TextRun('Hội nghị diễn ra tại trụ sở Tỉnh ủy, với sự tham dự của đại biểu các huyện, thị xã và thành phố.')] }),
            ...figure(0),
            new Paragraph({ children: [new TextRun('Nhiều mô hình hay được nhân rộng: đường bê tông về bản, nhà văn hóa cộng đồng, lớp học xóa mù chữ cho đồng bào.')] }),
            ...figure(1),
          ],
        },
      ],
    }),
  );
}

async function photosLoaded(): Promise<number[]> {
  const figures = harness.page.locator('.article-body figure');
  const widths: number[] = [];
  for (let index = 0; index < (await figures.count()); index++) {
    const image = figures.nth(index).locator('img');
    // The editor's photos load lazily: bring each into view, then wait for its bytes.
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
    widths.push(await image.evaluate((img: HTMLImageElement) => img.naturalWidth));
  }
  return widths;
}

describe('a Word file with photos, imported in the app', () => {
  it('opens in the editor with both photos, their captions (label dropped) and credits, and the report says so', async () => {
    const { page } = harness;
    const docx = path.join(files, 'dan-van-kheo.docx');
    fs.writeFileSync(docx, await wordFile());
    await page.goto(harness.server.pageUrl);
    await page.getByTestId('import-article').waitFor();
    await page.getByTestId('import-input').setInputFiles(docx);
    await page.getByTestId('import-report').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-report-line').allTextContents()).toEqual(['2 photos brought into the photo store']);

    expect(await page.getByTestId('headline').inputValue()).toBe('Dân vận khéo ở Điện Biên: đường về bản mới');
    expect(await page.getByTestId('sapo').inputValue()).toBe('Sáng 22/6, Ban Dân vận tỉnh tổng kết một năm thực hiện phong trào “Dân vận khéo” ở các xã vùng cao.');
    // Headline and sapo show whole: grown to their wrapped lines once the text font is in, nothing hidden
    // (a pixel of rounding allowed; a hidden line is twenty and more).
    for (const field of ['headline', 'sapo']) {
      await expect.poll(() => page.getByTestId(field).evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
    }
    const figures = page.locator('.article-body figure');
    expect(await figures.count()).toBe(2);
    expect(await page.locator('.article-body figcaption').allTextContents()).toEqual(captions);
    expect(await page.getByTestId('figure-credit').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual([
      'Ảnh: Đức Thanh',
      'Ảnh: Đức Thanh',
    ]);
    expect(await page.locator('.article-body').textContent()).not.toMatch(/Hình \d:/);
    const photoIds = await figures.evaluateAll((elements) => elements.map((element) => Number((element as HTMLElement).dataset.photoId)));
    expect(new Set(photoIds).size).toBe(2);
    // The display copies the editor asks for, decoded: 960 px originals are wide enough to be kept as they are or scaled.
    for (const width of await photosLoaded()) expect(width).toBeGreaterThan(0);

    await page.evaluate(() => window.scrollTo(0, 0));
    await harness.screenshot('35-imported-word-photos-en');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => page.getByTestId('import-report-line').allTextContents()).toEqual(['Đã đưa 2 ảnh vào kho ảnh']);
    expect(await page.locator('.article-body figcaption').allTextContents()).toEqual(captions);
    await harness.screenshot('36-imported-word-photos-vi');
    expect(await axeViolations(page)).toEqual([]);

    // At 1280 px the sidebar's details and photos are tabs: the photos tab lists both imported photos.
    await page.getByTestId('side-tab-photos').click();
    const entries = page.getByTestId('photo-panel').getByTestId('photo-entry');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await page.getByTestId('photo-entry-credit').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual([
      'Ảnh: Đức Thanh',
      'Ảnh: Đức Thanh',
    ]);
    await page.screenshot({ path: `${screenshotDir}/37-imported-word-photos-tab-vi.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('language').selectOption('en');
    expect(harness.pageErrors).toEqual([]);
  });
});
