// Figures and Vietnamese typing in the real editor. Composition goes through the Chrome DevTools Protocol
// exactly as a Telex/VNI IME drives Chromium: a run of imeSetComposition updates, then insertText commits.
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFigures } from '../../common/text/documentText';
import { caretAtEndOf, caretAtEndOfParagraph, openEditorOn, type EditorSession } from './editorSession';
import { seedArticleFields } from './seedArticle';
import { makeTempDir, removeDir } from '../helpers/tempDir';

let session: EditorSession;
let cdp: CDPSession;
let photoDir: string;
beforeAll(async () => {
  photoDir = makeTempDir('newsdesk-figure-photo');
  session = await openEditorOn(seedArticleFields());
  cdp = await session.page.context().newCDPSession(session.page);
});
afterAll(async () => {
  await session?.close();
  removeDir(photoDir);
});

/** Types one word the way Telex composes it: each keystroke replaces the composition, then it commits. */
async function compose(steps: string[]): Promise<void> {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: steps.at(-1)! });
}

// Telex: d d a r n g → Đảng; n g h i j → nghị; t h u w o w n g f → thường; t r u w c j → trực.
const dang = ['Đ', 'Đa', 'Đả', 'Đản', 'Đảng'];
const nghi = ['n', 'ng', 'ngh', 'nghi', 'nghị'];
const thuong = ['t', 'th', 'thu', 'thư', 'thươ', 'thươn', 'thương', 'thường'];
const truc = ['t', 'tr', 'tru', 'trư', 'trưc', 'trực'];

async function composeSentence(): Promise<void> {
  await session.page.keyboard.type(' ');
  await compose(dang);
  await session.page.keyboard.type(' ');
  await compose(nghi);
  await session.page.keyboard.type(' ');
  await compose(thuong);
  await session.page.keyboard.type(' ');
  await compose(truc);
}

describe('Vietnamese composition', () => {
  it('neither drops nor duplicates characters in a paragraph', async () => {
    await caretAtEndOfParagraph(session.page, 2);
    await composeSentence();
    await session.saved();
    const paragraph = session.library.articles.plainText(session.articleId).split('\n\n')[2]!;
    expect(paragraph.endsWith('Chính phủ năm 2022. Đảng nghị thường trực')).toBe(true);
    expect(paragraph.match(/Đảng nghị thường trực/g)).toHaveLength(1);
    expect(paragraph).toBe(paragraph.normalize('NFC'));
  });

  it('works the same inside a figure caption', async () => {
    await caretAtEndOf(session.page, session.page.locator('figcaption').first());
    await composeSentence();
    const stored = await session.saved();
    expect(documentFigures(stored.body)[0]!.caption).toBe('Quang cảnh Hội nghị Đảng nghị thường trực');
  });
});

describe('figures', () => {
  it('inserts a photo as a figure and takes a two-line caption and a credit', async () => {
    const { page } = session;
    const photo = path.join(photoDir, 'dai-bieu.jpg');
    fs.writeFileSync(photo, await sharp({ create: { width: 640, height: 400, channels: 3, background: '#2a6' } }).jpeg().toBuffer());
    await caretAtEndOfParagraph(page, 0);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-action="insertPhoto"]').click();
    await (await chooser).setFiles(photo);
    const figure = page.locator('figure').nth(1);
    await figure.locator('img').waitFor();
    await figure.locator('figcaption').click();
    await page.keyboard.type('Đại biểu dự Hội nghị');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('tại Hà Nội');
    await figure.getByTestId('figure-credit').fill('Ảnh: Minh Khôi');
    await page.keyboard.press('Escape');
    const stored = await session.saved();
    const figures = documentFigures(stored.body);
    expect(figures).toHaveLength(3);
    expect(figures[1]).toMatchObject({ caption: 'Đại biểu dự Hội nghị\ntại Hà Nội', credit: 'Ảnh: Minh Khôi' });
    expect(figures[1]!.photoId).toBeGreaterThan(0);
    // The seed's own figures still await their photos.
    expect(await page.getByText('Awaiting its photo').count()).toBe(2);
    await session.screenshot('20-figure-inserted-en');
  });

  it('Enter at the end of a caption continues the report below the figure', async () => {
    const { page } = session;
    const caption = page.locator('figcaption').nth(1);
    const captionText = documentFigures((await session.saved()).body)[1]!.caption;
    await caretAtEndOf(page, caption);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn sau ảnh.');
    const blocks = (await session.saved()).body.content!;
    const figureIndex = blocks.findIndex((node) => node.type === 'figure' && documentFigures(node)[0]?.caption === captionText);
    expect(figureIndex).toBeGreaterThanOrEqual(0);
    expect(documentFigures(blocks[figureIndex]!)[0]!.caption).toBe(captionText);
    expect(blocks[figureIndex + 1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn sau ảnh.' }] });
  });

  it('deletes a figure and brings it back with undo', async () => {
    const { page } = session;
    const before = documentFigures((await session.saved()).body);
    await page.locator('figure').nth(1).getByRole('button', { name: 'Remove figure' }).click();
    expect(documentFigures((await session.saved()).body)).toHaveLength(before.length - 1);
    await session.body().click();
    await page.keyboard.press('Control+z');
    expect(documentFigures((await session.saved()).body)).toEqual(before);
  });

  it('moves a figure by dragging its handle', async () => {
    const { page } = session;
    const first = documentFigures((await session.saved()).body)[0]!;
    // Both ends on screen, moved in steps like a hand: HTML drag and drop starts only after real movement.
    await page.evaluate(() => window.scrollTo(0, 0));
    const handle = await page.locator('figure').first().locator('[data-drag-handle]').boundingBox();
    const targetParagraph = page.locator('.article-body > p').first();
    const targetText = await targetParagraph.textContent();
    const target = await targetParagraph.boundingBox();
    if (!handle || !target) throw new Error('handle or target not visible');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y + 40, { steps: 5 });
    await page.mouse.move(target.x + 30, target.y + target.height - 4, { steps: 15 });
    await page.mouse.up();
    const stored = await session.saved();
    const blocks = stored.body.content!;
    // The figure left the top of the report and now stands right after the paragraph it was dropped on.
    expect(blocks[0]!.type).toBe('paragraph');
    const dropped = blocks.findIndex((node) => node.type === 'paragraph' && node.content?.map((c) => c.text ?? '').join('') === targetText);
    expect(dropped).toBe(0);
    expect(documentFigures(blocks[dropped + 1]!)[0]!.caption).toBe(first.caption);
    expect(documentFigures(stored.body)).toHaveLength(3);
    await session.screenshot('21-figure-moved-en');
  });

  it('made no request outside the loopback origin and hit no CSP violation', () => {
    expect(session.requests.filter((url) => !url.startsWith(session.server.origin))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
