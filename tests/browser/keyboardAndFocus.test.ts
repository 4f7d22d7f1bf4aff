// A reporter's day without the mouse: the caret starts where writing goes on, the toolbar and the library list
// are one Tab stop each with arrow keys inside, the app's shortcuts work and are shown, and a closed dialog
// gives the focus back to what opened it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docOf } from '../helpers/seed';
import { startHarness, type Harness } from './browserHarness';
import { caretAtEndOfParagraph } from './editorSession';
import { seedArticleFields } from './seedArticle';

let harness: Harness;
let seedId: number;

beforeAll(async () => {
  harness = await startHarness();
  for (const n of [1, 2, 3, 4, 5]) {
    harness.library.articles.create({ headline: `Tin ngắn số ${n}`, sapo: `Sapo ${n}.`, body: docOf([`Đoạn văn của tin ${n}.`]) });
  }
  seedId = harness.library.articles.create(seedArticleFields()).id;
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

const page = () => harness.page;
/** What has the keyboard focus: its test id, else its role and name. */
const focused = () =>
  page().evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    if (element.classList.contains('article-body')) return 'article-body';
    return element.dataset.testid ?? element.dataset.action ?? (element.dataset.rowIndex !== undefined ? `row ${element.dataset.rowIndex}` : element.className);
  });

async function backToLibrary(): Promise<void> {
  await page().keyboard.press('Alt+ArrowLeft');
  await page().getByTestId('library-list').waitFor();
}

async function focusFirstRow(): Promise<void> {
  await page().locator('[data-row-index="0"][data-article-id]').waitFor();
  await page().locator('[data-row-index="0"]').focus();
}

describe('the caret when an article opens', () => {
  it('starts in the headline of a new article, and Escape there goes back to the library', async () => {
    await page().getByTestId('new-article').click();
    await page().getByTestId('headline').waitFor();
    await expect.poll(focused).toBe('headline');
    await page().keyboard.type('Mưa lớn ở Huế');
    await page().keyboard.press('Escape');
    await page().getByTestId('library-list').waitFor();
  });

  it('goes to the end of the body of an article with text, then to where it was last left', async () => {
    await page().goto(`${harness.server.origin}/#/articles/${seedId}`);
    await page().locator('.article-body').waitFor();
    await expect.poll(focused).toBe('article-body');
    await page().keyboard.type(' Hết.');
    expect(await page().locator('.article-body > p').last().textContent()).toMatch(/ Hết\.$/);

    await caretAtEndOfParagraph(page(), 0);
    await backToLibrary();
    await page().goto(`${harness.server.origin}/#/articles/${seedId}`);
    await page().locator('.article-body').waitFor();
    await expect.poll(focused).toBe('article-body');
    await page().keyboard.type('¶');
    expect(await page().locator('.article-body > p').first().textContent()).toMatch(/¶$/);
    await page().keyboard.press('Backspace');
  });
});

describe('the toolbar', () => {
  it('is one Tab stop between the sapo and the body, with arrow keys, Home and End inside', async () => {
    await page().getByTestId('sapo').focus();
    await page().keyboard.press('Tab');
    const first = await focused();
    expect(await page().locator('.toolbar-button[tabindex="0"]').count()).toBe(1);
    await page().keyboard.press('ArrowRight');
    const second = await focused();
    expect(second).not.toBe(first);
    await page().keyboard.press('End');
    expect(await focused()).toBe('insertPhoto');
    await page().keyboard.press('Home');
    expect(await focused()).toBe(first);
    await page().keyboard.press('ArrowLeft');
    expect(await focused()).toBe('insertPhoto');
    await page().keyboard.press('Tab');
    expect(await focused()).toBe('article-body');
    // Back out again lands on the button last used.
    await page().keyboard.press('Shift+Tab');
    expect(await focused()).toBe('insertPhoto');
  });

  it('names letter buttons by their letters too', async () => {
    expect(await page().locator('[data-action="heading2"]').getAttribute('aria-label')).toBe('H2: Heading');
    expect(await page().locator('[data-action="bold"]').getAttribute('title')).toBe('Bold (Ctrl+B)');
  });
});

describe('removing a figure', () => {
  it('leaves the focus on the next photo entry, or in the body where the figure was', async () => {
    await page().getByTestId('side-tab-photos').click();
    expect(await page().getByTestId('photo-entry').count()).toBe(2);
    await page().getByTestId('photo-entry-remove').first().click();
    await expect.poll(focused).toBe('photo-entry-remove');
    expect(await page().getByTestId('photo-entry').count()).toBe(1);
    await page().locator('figure').first().getByRole('button', { name: 'Remove figure' }).click();
    await expect.poll(focused).toBe('article-body');
    expect(await page().locator('figure').count()).toBe(0);
  });
});

describe('the library list', () => {
  it('is one Tab stop: ↑/↓, Home and End move between rows, Enter opens, Alt+← comes back', async () => {
    await backToLibrary();
    await focusFirstRow();
    const viewport = page().getByTestId('library-viewport');
    expect(await viewport.locator('[tabindex="0"]').count()).toBe(1);
    expect(await viewport.locator('button:not([tabindex="-1"])').count()).toBe(0);
    await page().keyboard.press('ArrowDown');
    expect(await focused()).toBe('row 1');
    await page().keyboard.press('End');
    const total = Number(await page().getByTestId('library-list').getAttribute('data-total'));
    expect(await focused()).toBe(`row ${total - 1}`);
    await page().keyboard.press('ArrowUp');
    expect(await focused()).toBe(`row ${total - 2}`);
    await page().keyboard.press('Home');
    expect(await focused()).toBe('row 0');
    const id = await page().locator('[data-row-index="1"]').getAttribute('data-article-id');
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('Enter');
    await page().waitForURL(`**/#/articles/${id}`);
    await backToLibrary();
  });

  it('moves the focused row to the trash with Delete and keeps the focus on the list', async () => {
    await focusFirstRow();
    const victim = await page().locator('[data-row-index="0"] .library-headline').textContent();
    await page().keyboard.press('Delete');
    await page().getByTestId('undo-delete').waitFor();
    expect(await page().getByRole('status').first().textContent()).toContain(`“${victim}”`);
    await expect.poll(focused).toBe('row 0');
    expect(await page().locator('[data-row-index="0"] .library-headline').textContent()).not.toBe(victim);
    await page().getByTestId('undo-delete').click();
  });
});

describe('shortcuts', () => {
  it('shows them in tooltips and in the sheet (Ctrl+/), which gives the focus back when closed', async () => {
    expect(await page().getByTestId('new-article').getAttribute('title')).toBe('New article (Ctrl+Alt+N)');
    expect(await page().getByTestId('import-article').getAttribute('title')).toBe('Import articles (Ctrl+O)');
    await page().getByTestId('library-search').focus();
    await page().keyboard.press('Control+/');
    const sheet = page().getByTestId('shortcuts-sheet');
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('Back to the library');
    expect(await sheet.textContent()).toContain('Alt+←');
    expect(await sheet.textContent()).toContain('Ctrl+Alt+N');
    await page().keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(await focused()).toBe('library-search');
  });

  it('creates an article with Ctrl+Alt+N and opens the export dialog with Ctrl+E, focus returning to the body', async () => {
    await page().locator('body').click();
    await page().keyboard.press('Control+Alt+n');
    await expect.poll(focused).toBe('headline');
    await page().keyboard.type('Tin từ bàn phím');
    await page().keyboard.press('Enter');
    await page().keyboard.press('Enter');
    expect(await focused()).toBe('article-body');
    await page().keyboard.press('Control+e');
    await page().locator('.export-dialog').waitFor();
    await page().keyboard.press('Escape');
    await page().locator('.export-dialog').waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('article-body');
    await backToLibrary();
  });

  it('gives the focus back to "Empty trash" when its confirmation is cancelled', async () => {
    await focusFirstRow();
    await page().keyboard.press('Delete');
    await page().getByTestId('tab-trash').click();
    // "Empty trash" stays disabled until the trash's own list has loaded (nothing to empty is known before):
    // a reporter sees the deleted article there before pressing it.
    await expect.poll(() => page().getByTestId('empty-trash').isEnabled(), { timeout: 15_000 }).toBe(true);
    await page().getByTestId('empty-trash').focus();
    await expect.poll(focused).toBe('empty-trash');
    await page().keyboard.press('Enter');
    await page().getByRole('dialog').waitFor();
    await page().keyboard.press('Escape');
    await expect.poll(focused).toBe('empty-trash');
    expect(harness.pageErrors).toEqual([]);
  });
});
