// Spelling in the real editor (renderer bundle in Chromium, loopback transport): findings underline as the
// article opens and as the reporter types, a click opens the suggestion menu, the checks panel counts per
// kind, fixes and "Add to dictionary" work, English articles use the English dictionary; screenshots of
// each in both languages.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../contract/schemas/document';
import { screenshotDir } from './browserHarness';
import { caretAtEndOfParagraph, openEditorOn, type EditorSession } from './editorSession';

let session: EditorSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

// The worker builds its dictionary first (English: ~50,000 entries with affixes), on a machine that may be busy.
const slow = { timeout: 30_000 };

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const body = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map(paragraph) });

const planted = body(
  'Hội nghị Khối thi đua các cơ quan Đảnng Trung ương đã thảo luận về chíng sách mới.',
  'Các đại biểu nhấn mạnh ý nghiax của phong trào thi đua, ngày 22-6-2024 tại Hà Nội.',
  'Khẩu hiệu "Học tập và làm theo" được nhắc lại  nhiều lần trong của của hội nghị.',
);

async function counts(session: EditorSession): Promise<Record<string, number>> {
  const panel = session.page.getByTestId('checks-panel');
  const entries = await panel.locator('[data-check-count]').evaluateAll((buttons) =>
    buttons.map((button) => [button.getAttribute('data-check-count'), Number(button.querySelector('strong')?.textContent)]),
  );
  return Object.fromEntries(entries);
}

describe('spelling in the editor', () => {
  it('underlines findings, counts them, and fixes one from the menu (English and Vietnamese UI)', async () => {
    session = await openEditorOn({ headline: 'Kiểm tra chính tả', body: planted });
    const { page } = session;
    await page.locator('.check-spelling').first().waitFor(slow);
    await expect.poll(() => counts(session!), slow).toEqual({ spelling: 2, telex: 1, spacing: 1, quotes: 2, repeatedWord: 1, dateFormat: 1 });
    expect(await page.locator('.check-spelling').allTextContents()).toEqual(['Đảnng', 'chíng', 'nghiax']);
    expect(await page.locator('.check-style').allTextContents()).toEqual(['22-6-2024', '"', '"', '  ', 'của của']);
    await session.screenshot('spelling-underlines-en');
    await page.getByTestId('checks-panel').screenshot({ path: path.join(screenshotDir, 'spelling-panel-en.png') });

    await page.locator('.check-spelling', { hasText: 'chíng' }).click();
    const menu = page.getByTestId('spelling-menu');
    await menu.getByRole('menuitem', { name: 'chính' }).waitFor();
    await expect.poll(() => menu.getByRole('menuitem').allTextContents(), slow).toEqual(expect.arrayContaining(['chính', 'Add to dictionary', 'Ignore here']));
    await session.screenshot('spelling-menu-en');
    await menu.getByRole('menuitem', { name: 'chính' }).click();
    await expect.poll(() => page.locator('.article-body p').nth(0).textContent(), slow).toContain('về chính sách mới');
    await expect.poll(() => counts(session!), slow).toMatchObject({ spelling: 1 });

    await page.getByTestId('language').selectOption('vi');
    await page.locator('.check-style', { hasText: '22-6-2024' }).click();
    await menu.getByRole('menuitem', { name: '22/6/2024' }).waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['22/6/2024', 'Bỏ qua chỗ này', 'Sửa tất cả trong bài (1)']);
    await session.screenshot('spelling-menu-vi');
    await page.keyboard.press('Escape');
    await page.getByTestId('checks-panel').screenshot({ path: path.join(screenshotDir, 'spelling-panel-vi.png') });
    await session.screenshot('spelling-underlines-vi');
    expect(session.pageErrors).toEqual([]);
  });

  it('checks as the reporter types, and a word added to the dictionary stops being a finding', async () => {
    session = await openEditorOn({ headline: 'Gõ', body: body('Đảng ta luôn vì dân.') });
    const { page } = session;
    await expect.poll(() => counts(session!), slow).toEqual({});
    await caretAtEndOfParagraph(page, 0);
    await page.keyboard.type(' Trang Zalo cuar báo.');
    await expect.poll(() => page.locator('.check-spelling').allTextContents(), slow).toEqual(['Zalo', 'cuar']);
    await page.locator('.check-spelling', { hasText: 'Zalo' }).click();
    await page.getByTestId('spelling-menu').getByRole('menuitem', { name: 'Add to dictionary' }).click();
    await expect.poll(() => page.locator('.check-spelling').allTextContents(), slow).toEqual(['cuar']);
    expect(session.library.settings.value('spelling.personalWords')).toBe('["Zalo"]');
    // The context-menu key opens the menu at the caret; the Telex decoding comes first.
    await page.locator('.check-spelling', { hasText: 'cuar' }).click();
    await page.getByTestId('spelling-menu').getByRole('menuitem', { name: 'của' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('spelling-menu').count(), slow).toBe(0);
    // Clicked again at once, at the same place (what the editor would take for a double click), it opens again.
    const cuar = (await page.locator('.check-spelling', { hasText: 'cuar' }).boundingBox())!;
    await page.mouse.click(cuar.x + cuar.width / 2, cuar.y + cuar.height / 2);
    await page.keyboard.press('Escape');
    await page.mouse.click(cuar.x + cuar.width / 2, cuar.y + cuar.height / 2);
    await page.getByTestId('spelling-menu').getByRole('menuitem', { name: 'của' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('spelling-menu').count(), slow).toBe(0);
    await page.keyboard.press('Shift+F10');
    await page.getByTestId('spelling-menu').getByRole('menuitem', { name: 'của' }).waitFor();
    // Escape hands the focus back to the text within its own key press, not a frame later: the next key
    // (the context-menu key again) is the editor's however busy the machine is.
    const focusInText = await page.evaluate(() => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      return document.activeElement?.classList.contains('article-body') ?? false;
    });
    expect(focusInText).toBe(true);
    await expect.poll(() => page.getByTestId('spelling-menu').count(), slow).toBe(0);
    await page.keyboard.press('Shift+F10');
    await page.getByTestId('spelling-menu').getByRole('menuitem', { name: 'của' }).click();
    await expect.poll(() => page.locator('.article-body p').first().textContent(), slow).toBe('Đảng ta luôn vì dân. Trang Zalo của báo.');
    await expect.poll(() => page.locator('.check-spelling').count(), slow).toBe(0);
  });

  it('the toggle turns checking off; English articles use the English dictionary', async () => {
    session = await openEditorOn({ headline: 'Report', language: 'en', body: body('The governmnet met in Hanoi on Monday.') });
    const { page } = session;
    await expect.poll(() => page.locator('.check-spelling').allTextContents(), slow).toEqual(['governmnet']);
    await page.getByTestId('checks-panel').getByRole('checkbox').uncheck();
    await expect.poll(() => page.locator('.check-spelling').count(), slow).toBe(0);
    expect(session.library.settings.value('spelling.enabled')).toBe('false');
    await page.getByTestId('checks-panel').getByRole('checkbox').check();
    await expect.poll(() => page.locator('.check-spelling').allTextContents(), slow).toEqual(['governmnet']);
  });
});
