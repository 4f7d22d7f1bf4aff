// A full disk while the editor saves: the save state says so in one translated line, the text stays in the
// editor (unsaved), the library keeps the article as it was, and the autosave tries again by itself: once space
// is freed the text is saved without another keystroke.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir } from './browserHarness';
import { caretAtEndOfParagraph, openEditorOn, type EditorSession } from './editorSession';
import { docOf } from '../helpers/seed';

let session: EditorSession;
beforeAll(async () => {
  session = await openEditorOn({ headline: 'Bão số 3', body: docOf(['Gió giật cấp 12 tại Quảng Ninh.']) });
});
afterAll(async () => {
  await session?.close();
});

/** Words that do not compress away: every one differs. */
const longText = Array.from({ length: 5000 }, (_, w) => `chữ${w}đ${((w * 104729) % 99991).toString(36)}`).join(' ');

describe('a full disk during an autosave', () => {
  it('shows the save as failed with the disk-full line, keeps the text, and saves it once space is freed', async () => {
    const { page, library, articleId } = session;
    const pages = library.db.pragma('page_count', { simple: true }) as number;
    library.db.pragma(`max_page_count = ${pages + 2}`);

    await caretAtEndOfParagraph(page, 0);
    await page.keyboard.insertText(` ${longText}`);
    const state = page.locator('[data-save-state="failed"]');
    await state.waitFor({ timeout: 15_000 });
    expect(await state.textContent()).toContain('The disk is full: your last change could not be saved');
    expect(library.articles.get(articleId).words).toBe(7);
    expect(await session.body().textContent()).toContain('chữ4999');
    // The viewport only: the full page holds 5,000 words.
    await state.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'disk-full-save-en.png') });

    library.db.pragma('max_page_count = 1073741823');
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 30_000 });
    expect(library.articles.get(articleId).words).toBe(5007);
  });
});
