// Tables in the real editor: the toolbar's "Insert table" button, typing in cells with Tab between them, a
// row and a column added from the toolbar, the table stored as the editor's table nodes, its words counted,
// no CSP violation; screenshots in English and Vietnamese, and axe-core finding nothing in either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableGrid } from '../../common/document/table';
import { inlineText, type DocNode } from '../../common/document/docNode';
import { docOf } from '../helpers/seed';
import { axeViolations } from './axeCheck';
import { caretAtEndOfParagraph, openEditorOn, type EditorSession } from './editorSession';

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

describe('tables in the editor', () => {
  it('inserts a table from the toolbar; Tab moves between cells; the table is stored and counted', async () => {
    const { page } = session;
    const insert = page.locator('[data-action="insertTable"]');
    expect(await insert.getAttribute('title')).toBe('Insert table');
    expect(await insert.getAttribute('aria-label')).toBe('Insert table');
    expect(await page.locator('[data-action="addRowAfter"]').isDisabled()).toBe(true);
    await caretAtEndOfParagraph(page, 0);
    await insert.click();
    const cells = ['Đơn vị', 'Điểm', 'Xếp loại', 'Ban Tổ chức Trung ương', '98,5', 'Xuất sắc', 'Ban Dân vận Trung ương', '97', 'Xuất sắc'];
    for (const [index, text] of cells.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
    expect(await page.locator('[data-action="addRowAfter"]').isDisabled()).toBe(false);
    await page.locator('[data-action="addRowAfter"]').click();
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

  it('adds and removes a column from the toolbar, whose buttons the arrow keys reach (one Tab stop)', async () => {
    const { page } = session;
    await page.locator('[data-action="addColumnAfter"]').click();
    expect(await session.body().locator('table tr').first().locator('th').count()).toBe(4);
    // Into the new column (the caret was in the last cell), and that column goes again.
    await page.keyboard.press('Tab');
    await page.locator('[data-action="deleteColumn"]').click();
    expect(await session.body().locator('table th').allTextContents()).toEqual(['Đơn vị', 'Điểm', 'Xếp loại']);
    expect(storedGrid((await session.saved()).body)[3]).toEqual(['Văn phòng Trung ương Đảng', '95', 'Tốt']);
    await page.locator('[data-action="insertPhoto"]').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('deleteTable');
    expect(await page.locator('.toolbar [tabindex="0"]').count()).toBe(1);
  });

  it('speaks Vietnamese: the table buttons’ names and tooltips', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => page.locator('[data-action="insertTable"]').getAttribute('title')).toBe('Chèn bảng');
    expect(await page.locator('[data-action="addRowAfter"]').getAttribute('aria-label')).toBe('Thêm hàng bên dưới');
    expect(await page.locator('[data-action="deleteTable"]').getAttribute('title')).toBe('Xóa bảng');
    await session.body().locator('table td').last().click();
    expect(await axeViolations(page)).toEqual([]);
    await session.screenshot('61-editor-table-vi');
  });

  it('made no request outside the loopback origin and hit no CSP violation', () => {
    expect(session.requests.filter((url) => !url.startsWith(session.server.origin))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
