// Tables in the real editor: the toolbar's "Insert table" button, typing in cells with Tab between them, a
// row and a column added from the toolbar's "Edit table" menu (by mouse and by keyboard, WAI-ARIA menu button),
// the table stored as the editor's table nodes, its words counted, no CSP violation; the toolbar one line at
// 1024×700; screenshots in English and Vietnamese, and axe-core finding nothing in either, menu open or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableGrid } from '../../common/document/table';
import { inlineText, type DocNode } from '../../common/document/docNode';
import { docOf } from '../helpers/seed';
import { axeViolations } from './axeCheck';
import { screenshotDir } from './browserHarness';
import { caretAtEndOfParagraph, openEditorOn, toolbarLineCount, type EditorSession } from './editorSession';

let session: EditorSession;
beforeAll(async () => {
  session = await openEditorOn({
    headline: 'Kết quả thi đua 6 tháng đầu năm',
    body: docOf(['Khối thi đua các cơ quan Đảng Trung ương công bố kết quả chấm điểm.', 'Các đơn vị được biểu dương tại Hội nghị sơ kết.']),
  });
});
afterAll(async () => session?.close());

function storedGrid(body: DocNode): string[][] {
  const table = body.content!.find((node) => node.type === 'table');
  return table ? tableGrid(table).map((row) => row.cells.map((cell) => `${row.header ? 'th:' : ''}${inlineText(cell)}`)) : [];
}

const tableMenuCommands = ['addRowAfter', 'deleteRow', 'addColumnAfter', 'deleteColumn', 'deleteTable'];
const focusedAction = () => session.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action);
const menuButton = () => session.page.locator('[data-action="tableMenu"]');
const menuItem = (id: string) => session.page.locator(`[role="menu"] [role="menuitem"][data-action="${id}"]`);

/** Opens the "Edit table" menu with the mouse and chooses a command in it. */
async function chooseFromMenu(id: string): Promise<void> {
  await menuButton().click();
  expect(await menuButton().getAttribute('aria-expanded')).toBe('true');
  expect(await menuItem(id).getAttribute('aria-disabled')).toBe('false');
  await menuItem(id).click();
  expect(await session.page.locator('[role="menu"]').count()).toBe(0);
}

describe('tables in the editor', () => {
  it('inserts a table from the toolbar; Tab moves between cells; the table is stored and counted', async () => {
    const { page } = session;
    const insert = page.locator('[data-action="insertTable"]');
    expect(await insert.getAttribute('title')).toBe('Insert table');
    expect(await insert.getAttribute('aria-label')).toBe('Insert table');
    // Outside a table the menu opens on its commands, every one marked disabled; choosing one does nothing.
    expect(await menuButton().getAttribute('aria-haspopup')).toBe('menu');
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
    await caretAtEndOfParagraph(page, 0);
    await menuButton().click();
    expect(await page.locator('[role="menu"] [role="menuitem"]').evaluateAll((items) => items.map((item) => [item.dataset.action, item.getAttribute('aria-disabled')]))).toEqual(
      tableMenuCommands.map((id) => [id, 'true']),
    );
    // Forced: Playwright waits for aria-disabled entries to become enabled; a press on one must do nothing.
    await menuItem('deleteTable').click({ force: true });
    expect(await menuButton().getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
    await caretAtEndOfParagraph(page, 0);
    await insert.click();
    const cells = ['Đơn vị', 'Điểm', 'Xếp loại', 'Ban Tổ chức Trung ương', '98,5', 'Xuất sắc', 'Ban Dân vận Trung ương', '97', 'Xuất sắc'];
    for (const [index, text] of cells.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
    await chooseFromMenu('addRowAfter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Văn phòng Trung ương Đảng');
    await page.keyboard.press('Tab');
    await page.keyboard.type('95');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tốt');
    expect(await session.body().locator('table th').allTextContents()).toEqual(['Đơn vị', 'Điểm', 'Xếp loại']);
    const stored = await session.saved();
    expect(storedGrid(stored.body)).toEqual([
      ['th:Đơn vị', 'th:Điểm', 'th:Xếp loại'],
      ['Ban Tổ chức Trung ương', '98,5', 'Xuất sắc'],
      ['Ban Dân vận Trung ương', '97', 'Xuất sắc'],
      ['Văn phòng Trung ương Đảng', '95', 'Tốt'],
    ]);
    // 15 + 11 words around the table, 5 + 8 + 8 + 7 in it: each cell once.
    await page.locator('[data-testid="count-words"][data-value="54"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await session.screenshot('60-editor-table-en');
  });

  it('adds a column from the menu by mouse and removes it by keyboard; the menu is one stop of the toolbar', async () => {
    const { page } = session;
    await chooseFromMenu('addColumnAfter');
    expect(await session.body().locator('table tr').first().locator('th').count()).toBe(4);
    // Into the new column (the caret was in the last cell), and that column goes again, now from the keyboard:
    // ↓ opens the menu on its first entry, ↑/↓/Home/End move, Enter chooses and the caret is back in the cell.
    await page.keyboard.press('Tab');
    await menuButton().focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedAction()).toBe('addRowAfter');
    await page.keyboard.press('End');
    expect(await focusedAction()).toBe('deleteTable');
    await page.keyboard.press('ArrowDown');
    expect(await focusedAction()).toBe('addRowAfter');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await focusedAction()).toBe('deleteRow');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedAction()).toBe('deleteColumn');
    await page.keyboard.press('Enter');
    expect(await page.locator('[role="menu"]').count()).toBe(0);
    expect(await session.body().locator('table th').allTextContents()).toEqual(['Đơn vị', 'Điểm', 'Xếp loại']);
    expect(storedGrid((await session.saved()).body)[3]).toEqual(['Văn phòng Trung ương Đảng', '95', 'Tốt']);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('article-body'))).toBe(true);
    // Escape closes the menu back onto its button; Enter opens it too; Tab closes it and leaves the toolbar.
    await page.locator('[data-action="insertPhoto"]').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedAction()).toBe('tableMenu');
    expect(await page.locator('.toolbar [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    expect(await focusedAction()).toBe('addRowAfter');
    await page.keyboard.press('Escape');
    expect(await focusedAction()).toBe('tableMenu');
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await focusedAction()).toBe('deleteTable');
    // → closes it and goes on along the toolbar, as from the button.
    await page.keyboard.press('ArrowRight');
    expect(await focusedAction()).toBe('insertPhoto');
    expect(await page.locator('[role="menu"]').count()).toBe(0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    expect(await focusedAction()).toBe('deleteTable');
    await page.keyboard.press('Tab');
    expect(await page.locator('[role="menu"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('article-body'))).toBe(true);
    expect(await session.body().locator('table').count()).toBe(1);
  });

  it('keeps the toolbar on one line at 1024×700, and the open menu passes axe (English)', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1024, height: 700 });
    expect(await toolbarLineCount(page)).toBe(1);
    await session.body().locator('table td').last().click();
    await menuButton().click();
    expect(await menuItem('deleteRow').textContent()).toBe('Delete row');
    expect(await menuItem('deleteRow').getAttribute('aria-disabled')).toBe('false');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}/62-editor-table-menu-1024-en.png` });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('speaks Vietnamese: the table button’s and menu’s names and tooltips; one line at 1024×700 too', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => page.locator('[data-action="insertTable"]').getAttribute('title')).toBe('Chèn bảng');
    expect(await menuButton().getAttribute('title')).toBe('Chỉnh sửa bảng');
    expect(await menuButton().getAttribute('aria-label')).toBe('Chỉnh sửa bảng');
    await session.body().locator('table td').last().click();
    expect(await axeViolations(page)).toEqual([]);
    await session.screenshot('61-editor-table-vi');
    await page.setViewportSize({ width: 1024, height: 700 });
    expect(await toolbarLineCount(page)).toBe(1);
    await menuButton().click();
    expect(await page.getByRole('menu', { name: 'Chỉnh sửa bảng' }).getByRole('menuitem').allTextContents()).toEqual([
      'Thêm hàng bên dưới',
      'Xóa hàng',
      'Thêm cột bên phải',
      'Xóa cột',
      'Xóa bảng',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}/63-editor-table-menu-1024-vi.png` });
    await page.keyboard.press('Escape');
  });

  it('made no request outside the loopback origin and hit no CSP violation', () => {
    expect(session.requests.filter((url) => !url.startsWith(session.server.origin))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
