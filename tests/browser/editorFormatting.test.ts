// Formatting a report in the real editor: toolbar and shortcuts, links (safe ones only), undo/redo, hard
// breaks, details, counts — and what the store holds afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../contract/schemas/document';
import { caretAtEndOfParagraph, openEditorOn, type EditorSession } from './editorSession';
import { seedArticleFields } from './seedArticle';

let session: EditorSession;
beforeAll(async () => {
  session = await openEditorOn(seedArticleFields());
});
afterAll(async () => session?.close());

function findMarks(doc: DocNode): string[] {
  const marks: string[] = [];
  const visit = (node: DocNode) => {
    for (const mark of node.marks ?? []) marks.push(mark.type === 'link' ? `link:${String(mark.attrs?.href)}` : mark.type);
    node.content?.forEach(visit);
  };
  visit(doc);
  return marks;
}

describe('formatting in the editor', () => {
  it('counts the imported seed as 871 words and shows the target progress', async () => {
    const { page } = session;
    await page.locator('[data-testid="count-words"][data-value="871"]').waitFor();
    expect(await page.getByTestId('target-progress').textContent()).toBe('71 over target');
    expect(await page.getByTestId('dateline-line').textContent()).toBe('Thứ Bảy, 22/6/2024');
    expect(await page.getByTestId('dateline-preview').textContent()).toBe('Saturday, 22 June 2024');
    expect(await page.getByTestId('credit-line').textContent()).toBe('Tin và ảnh: Minh Khôi');
    await session.screenshot('10-editor-seed-en');
  });

  it('shows each toolbar button with its shortcut in the tooltip', async () => {
    const { page } = session;
    expect(await page.locator('[data-action="bold"]').getAttribute('title')).toBe('Bold (Ctrl+B)');
    expect(await page.locator('[data-action="redo"]').getAttribute('title')).toBe('Redo (Ctrl+Shift+Z)');
    expect(await page.locator('[data-action="link"]').getAttribute('title')).toBe('Link (Ctrl+K)');
    expect(await page.locator('[data-action="bulletList"]').getAttribute('title')).toBe('Bulleted list (Ctrl+Shift+8)');
  });

  it('applies bold by button, italic and underline by shortcut, and undoes them', async () => {
    const { page } = session;
    await caretAtEndOfParagraph(page, 0);
    await page.keyboard.type(' Ghi chú');
    for (let i = 0; i < 'Ghi chú'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.locator('[data-action="bold"]').click();
    await page.keyboard.press('Control+i');
    await page.keyboard.press('Control+u');
    expect(await page.locator('[data-action="bold"]').getAttribute('aria-pressed')).toBe('true');
    expect(await session.body().locator('strong em u').textContent()).toBe('Ghi chú');
    let stored = await session.saved();
    expect(findMarks(stored.body)).toEqual(expect.arrayContaining(['bold', 'italic', 'underline']));

    await page.keyboard.press('Control+z');
    expect(await session.body().locator('u').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    expect(await session.body().locator('u').count()).toBe(1);
    stored = await session.saved();
    expect(findMarks(stored.body)).toContain('underline');
  });

  it('links only to web and e-mail addresses', async () => {
    const { page } = session;
    await page.keyboard.press('Control+k');
    const input = page.getByTestId('link-input');
    await input.fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Only web (http, https) and e-mail');
    await input.fill('nhandan.vn');
    await page.getByRole('button', { name: 'Apply' }).click();
    expect(await session.body().locator('a').first().getAttribute('href')).toBe('https://nhandan.vn');
    const stored = await session.saved();
    expect(findMarks(stored.body)).toContain('link:https://nhandan.vn');
    expect(JSON.stringify(stored.body)).not.toContain('javascript:');
  });

  it('makes headings, lists, quotes, rules and hard breaks', async () => {
    const { page } = session;
    await caretAtEndOfParagraph(page, 1);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kết quả');
    await page.keyboard.press('Control+Alt+2');
    expect(await session.body().locator('h2').last().textContent()).toBe('Kết quả');
    await page.keyboard.press('Enter');
    await page.keyboard.type('một');
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.press('Enter');
    await page.keyboard.type('hai');
    expect(await session.body().locator('ul li').allTextContents()).toEqual(['một', 'hai']);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // leaves the list
    await page.keyboard.type('Trích lời');
    await page.keyboard.press('Control+Shift+b');
    expect(await session.body().locator('blockquote').textContent()).toBe('Trích lời');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('dòng hai');
    expect(await session.body().locator('blockquote br').count()).toBe(1);
    await page.locator('[data-action="horizontalRule"]').click();
    expect(await session.body().locator('hr').count()).toBe(1);
    // Earlier edits are intact: the formatted, linked note still ends the first paragraph.
    expect(await session.body().locator('p').first().textContent()).toMatch(/Khối Phó Khối thi đua\. Ghi chú$/);

    const types = new Set<string>();
    const visit = (node: DocNode) => {
      types.add(node.type);
      node.content?.forEach(visit);
    };
    visit((await session.saved()).body);
    expect([...types]).toEqual(expect.arrayContaining(['heading', 'bulletList', 'listItem', 'blockquote', 'hardBreak', 'horizontalRule', 'figure']));
  });

  it('keeps the counts current as the reporter types', async () => {
    const { page } = session;
    const before = Number(await page.getByTestId('count-words').getAttribute('data-value'));
    await caretAtEndOfParagraph(page, 3);
    await page.keyboard.type(' thêm hai');
    await page.locator(`[data-testid="count-words"][data-value="${before + 2}"]`).waitFor();
    const stored = await session.saved();
    expect(stored.words).toBe(before + 2);
  });

  it('saves the details: dateline place, tags, status with its time', async () => {
    const { page } = session;
    await page.getByTestId('dateline-place').fill('Hà Nội');
    await page.getByTestId('tags').fill('thi đua, Đảng, thi đua');
    await page.getByTestId('section').fill('Thời sự');
    expect(await page.getByTestId('dateline-line').textContent()).toBe('Hà Nội – Thứ Bảy, 22/6/2024');
    let stored = await session.saved();
    expect(stored.dateline).toEqual({ place: 'Hà Nội', date: '2024-06-22' });
    expect(stored.tags).toEqual(['thi đua', 'Đảng']);
    expect(stored.section).toBe('Thời sự');

    await page.locator('[data-status="ready"]').click();
    await page.locator('[data-status="ready"][aria-checked="true"]').waitFor();
    stored = session.library.articles.get(session.articleId);
    expect(stored.statusHistory.map((change) => change.status)).toEqual(['draft', 'ready']);
    await session.screenshot('11-editor-formatted-en');
  });

  it('speaks Vietnamese: toolbar tooltips, counts and details', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => page.locator('[data-action="bold"]').getAttribute('title')).toBe('In đậm (Ctrl+B)');
    expect(await page.getByTestId('count-words').textContent()).toMatch(/^\d[\d.]* chữ$/);
    expect(await page.getByTestId('dateline-preview').textContent()).toBe('Hà Nội – Thứ Bảy, 22/6/2024');
    expect(await page.locator('[data-status="ready"]').textContent()).toBe('Sẵn sàng');
    await session.screenshot('12-editor-formatted-vi');
  });

  it('made no request outside the loopback origin and hit no CSP violation', () => {
    expect(session.requests.filter((url) => !url.startsWith(session.server.origin))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
