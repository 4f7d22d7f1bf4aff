// The Ctrl+A trap: Mod-A inside a photo caption, the headline, the sapo or a credit field selects that field's
// text only, so the next keystroke replaces the field and never the article's body and figures. A second
// Mod-A in a caption selects the whole document, as everywhere else in the body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFigures } from '../../common/text/documentText';
import { openEditorOn, type EditorSession } from './editorSession';
import { seedArticleFields } from './seedArticle';

let session: EditorSession;
beforeAll(async () => {
  session = await openEditorOn({ ...seedArticleFields(), sapo: 'Sáng 22/6, Hội nghị sơ kết diễn ra tại Hà Nội.' });
});
afterAll(async () => {
  await session?.close();
});

describe('Mod-A in a field selects that field', () => {
  it('in a caption: the next keystroke replaces the caption only; the body and the other figure stay', async () => {
    const { page } = session;
    const before = await session.saved();
    const paragraphsBefore = session.library.articles.plainText(session.articleId);
    await page.locator('figcaption').first().click();
    await page.keyboard.press('ControlOrMeta+a');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(documentFigures(before.body)[0]!.caption);
    await page.keyboard.type('Quang cảnh Hội nghị');
    const after = await session.saved();
    const figures = documentFigures(after.body);
    expect(figures.map((figure) => figure.caption)).toEqual(['Quang cảnh Hội nghị', documentFigures(before.body)[1]!.caption]);
    expect(session.library.articles.plainText(session.articleId)).toBe(paragraphsBefore);
    await session.screenshot('select-all-caption-en');
  });

  it('a second Mod-A in a caption selects the whole document', async () => {
    const { page } = session;
    await page.locator('figcaption').first().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('ControlOrMeta+a');
    // The editor's own selection (TipTap keeps its editor on the ProseMirror element): all of it.
    const selection = await page.evaluate(() => {
      const { state } = (document.querySelector('.ProseMirror') as HTMLElement & { editor: { state: { selection: { from: number; to: number }; doc: { content: { size: number } } } } }).editor;
      return { from: state.selection.from, to: state.selection.to, size: state.doc.content.size };
    });
    expect([selection.from, selection.to]).toEqual([0, selection.size]);
    // Nothing typed: the article is as it was.
    await page.keyboard.press('ArrowRight');
  });

  for (const field of ['headline', 'sapo', 'figure-credit'] as const) {
    it(`in the ${field} field: only that field is replaced`, async () => {
      const { page } = session;
      const before = await session.saved();
      const bodyBefore = JSON.stringify(before.body.content?.filter((node) => node.type !== 'figure'));
      const input = page.getByTestId(field).first();
      await input.click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(`Mới: ${field}`);
      expect(await input.inputValue()).toBe(`Mới: ${field}`);
      await page.keyboard.press('Tab');
      const after = await session.saved();
      expect(JSON.stringify(after.body.content?.filter((node) => node.type !== 'figure'))).toBe(bodyBefore);
      expect(documentFigures(after.body).map((figure) => figure.caption)).toEqual(documentFigures(before.body).map((figure) => figure.caption));
      if (field === 'headline') expect(after.headline).toBe('Mới: headline');
      if (field === 'sapo') expect(after.sapo).toBe('Mới: sapo');
      if (field === 'figure-credit') expect(documentFigures(after.body)[0]!.credit).toBe('Mới: figure-credit');
    });
  }
});
