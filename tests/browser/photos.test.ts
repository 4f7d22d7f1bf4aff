// Photos in the real editor: two photos dropped onto the text arrive as figures at the drop point, with the
// captions and credits their files carry, and a photo shot sideways (EXIF orientation 6) shows upright.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFigures } from '../../common/text/documentText';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { noiseJpeg, twoColourJpeg, useExifTool, writeFile } from '../photos/photoFixtures';
import { caretAtEndOfParagraph, openEditorOn, type EditorSession } from './editorSession';
import { seedArticleFields } from './seedArticle';

const writeTags = useExifTool();
let session: EditorSession;
let dir: string;
let sideways: string;
let hall: string;

beforeAll(async () => {
  dir = makeTempDir('newsdesk-photo-drop');
  // Stored landscape (red left, blue right), shot with the camera turned: upright it is a portrait.
  sideways = writeFile(dir, 'dai-bieu.jpg', await twoColourJpeg(800, 400));
  await writeTags(sideways, { 'EXIF:Orientation#': 6, 'XMP-dc:Description': 'Đại biểu dự Hội nghị', 'XMP-photoshop:Credit': 'Minh Khôi' });
  hall = writeFile(dir, 'quang-canh.jpg', await noiseJpeg(900, 600, 7));
  await writeTags(hall, { 'IPTC:CodedCharacterSet': 'UTF8', 'IPTC:Caption-Abstract': 'Quang cảnh Hội nghị', 'IPTC:Credit': 'TTXVN' });
  session = await openEditorOn(seedArticleFields());
});
afterAll(async () => {
  await session?.close();
  removeDir(dir);
});

async function dropFiles(files: string[], target: string): Promise<void> {
  const payload = files.map((file) => ({ name: path.basename(file), bytes: [...fs.readFileSync(file)] }));
  await session.page.locator(target).evaluate((element, items) => {
    const transfer = new DataTransfer();
    for (const item of items) transfer.items.add(new File([new Uint8Array(item.bytes)], item.name, { type: 'image/jpeg' }));
    const box = element.getBoundingClientRect();
    const at = { clientX: box.left + 20, clientY: box.bottom - 4, bubbles: true, cancelable: true, dataTransfer: transfer };
    element.dispatchEvent(new DragEvent('dragover', at));
    element.dispatchEvent(new DragEvent('drop', at));
  }, payload);
}

describe('photos in the editor', () => {
  it('drops two photos at the drop point with their own captions and credits, upright', async () => {
    const { page } = session;
    const target = '.article-body > p:nth-of-type(2)';
    const targetText = await page.locator(target).textContent();
    await page.locator(target).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await dropFiles([sideways, hall], target);
    await expect.poll(() => page.locator('figure img').count(), { timeout: 20_000 }).toBe(2);

    const stored = await session.saved();
    const figures = documentFigures(stored.body);
    expect(figures).toHaveLength(4);
    const dropped = figures.filter((figure) => figure.photoId !== null);
    expect(dropped.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
      { caption: 'Đại biểu dự Hội nghị', credit: 'Minh Khôi' },
      { caption: 'Quang cảnh Hội nghị', credit: 'TTXVN' },
    ]);
    // At the drop point: right after the paragraph dropped on.
    const blocks = stored.body.content!;
    const after = blocks.findIndex((node) => node.type === 'paragraph' && node.content?.map((c) => c.text).join('') === targetText);
    expect(blocks[after + 1]?.attrs?.photoId).toBe(dropped[0]!.photoId);
    expect(blocks[after + 2]?.attrs?.photoId).toBe(dropped[1]!.photoId);

    // The sideways photo is shown upright: a portrait, red above blue.
    const image = page.locator('figure img').first();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const size = await image.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
    expect(size.height).toBeGreaterThan(size.width);
    const [top, bottom] = await image.evaluate((img: HTMLImageElement) => {
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const at = (y: number) => Array.from(context.getImageData(Math.floor(img.naturalWidth / 2), y, 1, 1).data.slice(0, 3));
      return [at(10), at(img.naturalHeight - 10)];
    });
    expect(top![0]).toBeGreaterThan(150); // red on top
    expect(bottom![2]).toBeGreaterThan(150); // blue below
    await page.locator('figure img').first().scrollIntoViewIfNeeded();
    await session.screenshot('40-photos-dropped-en');
  });

  it('lists the photos in the panel in order of appearance, with thumbnails and what is missing', async () => {
    const { page } = session;
    const entries = page.getByTestId('photo-entry');
    await expect.poll(() => entries.count()).toBe(4);
    const captions = await page.getByTestId('photo-entry-caption').evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
    expect(captions).toEqual([
      'Quang cảnh Hội nghị',
      'Đại biểu dự Hội nghị',
      'Quang cảnh Hội nghị',
      'Đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng Ban thường trực Ban Dân vận Trung ương\nphát biểu kết luận Hội nghị',
    ]);
    expect(await entries.nth(1).locator('img').getAttribute('src')).toMatch(/^\/photo\/\d+\/thumb\?t=/);
    expect(await entries.nth(0).getByTestId('photo-warnings').textContent()).toContain('No photo');
    expect(await entries.nth(1).getByTestId('photo-warnings').count()).toBe(0);
  });

  it('edits a caption and credit from the panel into the figure and the photo’s record', async () => {
    const { page } = session;
    const entry = page.getByTestId('photo-entry').nth(2);
    await entry.getByTestId('photo-entry-caption').fill('Toàn cảnh Hội nghị');
    await entry.getByTestId('photo-entry-credit').fill('Ảnh: TTXVN');
    const stored = await session.saved();
    const figure = documentFigures(stored.body)[2]!;
    expect(figure).toMatchObject({ caption: 'Toàn cảnh Hội nghị', credit: 'Ảnh: TTXVN' });
    expect(session.library.photos.get(figure.photoId!)).toMatchObject({ caption: 'Toàn cảnh Hội nghị', credit: 'Ảnh: TTXVN' });
  });

  it('reorders figures by dragging in the panel', async () => {
    const { page } = session;
    const before = documentFigures((await session.saved()).body).map((figure) => figure.caption);
    await page.getByTestId('photo-entry').nth(2).dragTo(page.getByTestId('photo-entry').nth(0));
    const after = documentFigures((await session.saved()).body).map((figure) => figure.caption);
    expect(after).toEqual([before[2], before[0], before[1], before[3]]);
  });

  it('attaches a photo to a figure that awaits one, keeping the caption the reporter wrote', async () => {
    const { page } = session;
    await page.getByTestId('figure-add-photo').first().evaluate((button) => button.scrollIntoView({ block: 'center' }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('figure-add-photo').first().click();
    await (await chooser).setFiles(hall);
    await expect.poll(async () => documentFigures((await session.saved()).body).filter((figure) => figure.photoId === null).length, { timeout: 20_000 }).toBe(1);
    const figures = documentFigures(session.library.articles.get(session.articleId).body);
    expect(figures.find((figure) => figure.caption === 'Quang cảnh Hội nghị' && figure.photoId !== null)).toBeTruthy();
  });

  it('refuses a file that is not a photo, naming it, and keeps the rest', async () => {
    const { page } = session;
    const pdf = writeFile(dir, 'bao-cao.jpg', Buffer.from('%PDF-1.7\n%âãÏÓ\n'));
    const before = documentFigures((await session.saved()).body).length;
    await caretAtEndOfParagraph(page, 0);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-action="insertPhoto"]').click();
    await (await chooser).setFiles([pdf, sideways]);
    await page.getByTestId('photo-error').waitFor();
    expect(await page.getByTestId('photo-error').textContent()).toContain('bao-cao.jpg');
    expect(documentFigures((await session.saved()).body)).toHaveLength(before + 1);
    await session.screenshot('41-photo-refused-en');
  });

  it('loaded nothing from outside and hit no CSP violation', () => {
    expect(session.requests.filter((url) => !url.startsWith(session.server.origin))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
