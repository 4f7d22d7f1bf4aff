// Opens an article in the real editor and offers what editor tests need: the stored article once the
// editor says it is saved, and typing helpers.
import type { Locator, Page } from 'playwright-core';
import type { Article } from '../../contract/schemas/article';
import type { NewArticle } from '../../store/articleStore';
import { startHarness, type Harness } from './browserHarness';

export interface EditorSession extends Harness {
  articleId: number;
  /** Waits for the editor's "Saved" state, then reads the article from the store. */
  saved(): Promise<Article>;
  body(): ReturnType<Page['locator']>;
}

export async function openEditorOn(fields: NewArticle): Promise<EditorSession> {
  const harness = await startHarness();
  const { id } = harness.library.articles.create(fields);
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
  await harness.page.goto(`${harness.server.origin}/#/articles/${id}`);
  await harness.page.locator('.article-body').waitFor();
  return {
    ...harness,
    articleId: id,
    async saved() {
      // "Saved" may still show from the previous save for a moment: let the debounce start first.
      await harness.page.waitForTimeout(50);
      await harness.page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
      return harness.library.articles.get(id);
    },
    body: () => harness.page.locator('.article-body'),
  };
}

/** Puts the caret at the end of the n-th paragraph of the body (0-based). */
export async function caretAtEndOfParagraph(page: Page, index: number): Promise<void> {
  await caretAtEndOf(page, page.locator('.article-body > p').nth(index));
}

/** Puts the caret at the end of a block of text (a paragraph, a caption). */
export async function caretAtEndOf(page: Page, block: Locator): Promise<void> {
  // Centred, so the sticky toolbar never covers the line we click.
  await block.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = await block.boundingBox();
  if (!box) throw new Error('the block is not visible');
  // End goes to the end of the visual line: click on the paragraph's last line first.
  await page.mouse.click(box.x + 5, box.y + box.height - 6);
  await page.keyboard.press('End');
  // ProseMirror learns of a caret move from the async selectionchange event; let it arrive before the next
  // key, as it always has for a person.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** How many lines the editor's toolbar takes: its buttons' distinct tops (a menu's entries are not counted). */
export function toolbarLineCount(page: Page): Promise<number> {
  return page.locator('.toolbar .toolbar-button').evaluateAll((buttons) => new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().top))).size);
}
