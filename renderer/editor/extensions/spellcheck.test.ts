// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { BlockFinding } from '../../../common/spelling/findings';
import { createChecker, type Checker } from '../../../spelling/checker';
import { loadLexicon } from '../../../spelling/node/loadDictionary';
import { currentFindings, findingCounts, Spellcheck, type EditorFinding } from './spellcheck';

let checker: Checker;
beforeAll(async () => {
  checker = createChecker(await loadLexicon('vi'), { suggestions: false });
});

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function start(html: string) {
  const checked: string[][] = [];
  const menus: EditorFinding[] = [];
  const check = async (texts: string[]): Promise<BlockFinding[][]> => {
    checked.push(texts);
    return texts.map((text) => checker.checkBlock(text));
  };
  editor = new Editor({
    extensions: [StarterKit, Spellcheck.configure({ check, delayMs: 0, onOpenMenu: (finding) => menus.push(finding) })],
    content: html,
  });
  return { editor, checked, menus };
}

const underlined = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('[data-check-kind]')].map((element) => [element.getAttribute('data-check-kind'), element.className, element.textContent]);

describe('Spellcheck', () => {
  it('underlines spelling (check-spelling) and house style (check-style) at the right positions', async () => {
    const { editor } = start('<p>Hội nghị chíng phủ</p><p>ngày 22-6-2024, nghiax là</p>');
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(3));
    expect(underlined(editor)).toEqual([
      ['spelling', 'check-spelling', 'chíng'],
      ['dateFormat', 'check-style', '22-6-2024'],
      ['telex', 'check-spelling', 'nghiax'],
    ]);
    const [first] = currentFindings(editor.state);
    expect(editor.state.doc.textBetween(first!.from, first!.to)).toBe('chíng');
    expect(first!.block).toBe(0);
  });

  it('sends only the blocks whose text changed', async () => {
    const { editor, checked } = start('<p>Hội nghị chíng phủ</p><p>Đảng ta</p><p>nghiax</p>');
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(2));
    expect(checked).toEqual([['Hội nghị chíng phủ', 'Đảng ta', 'nghiax']]);
    editor.commands.insertContentAt(editor.state.doc.child(0).nodeSize + 8, ' Đảnng');
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(3));
    expect(checked[1]).toEqual(['Đảng ta Đảnng']);
  });

  it('fixes one finding, fixes all of a style kind in one step, ignores one here', async () => {
    const { editor } = start('<p>ngày 22-6-2024 và 1.2.2024, chíng và chíng</p>');
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(4));
    editor.commands.fixAllOfKind('dateFormat');
    expect(editor.getText()).toBe('ngày 22/6/2024 và 1/2/2024, chíng và chíng');
    await vi.waitFor(() => expect(currentFindings(editor.state).map((finding) => finding.kind)).toEqual(['spelling', 'spelling']));
    editor.commands.ignoreFinding(currentFindings(editor.state)[0]!);
    expect(currentFindings(editor.state).map((finding) => finding.from)).toHaveLength(1);
    editor.commands.fixFinding(currentFindings(editor.state)[0]!, 'chính');
    expect(editor.getText()).toBe('ngày 22/6/2024 và 1/2/2024, chíng và chính');
    await vi.waitFor(() => expect(currentFindings(editor.state)).toEqual([]));
  });

  it('opens the menu on a click or the context-menu key inside a finding', async () => {
    const { editor, menus } = start('<p>Hội nghị chíng phủ</p>');
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(1));
    const finding = currentFindings(editor.state)[0]!;
    editor.view.coordsAtPos = () => ({ left: 1, right: 2, top: 3, bottom: 4 });
    editor.view.someProp('handleClick', (handle) => handle(editor.view, finding.from + 2, new MouseEvent('click')));
    editor.commands.setTextSelection(finding.from + 1);
    const key = new KeyboardEvent('keydown', { key: 'ContextMenu', bubbles: true, cancelable: true });
    expect(editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, key))).toBe(true);
    expect(menus.map((opened) => opened.text)).toEqual(['chíng', 'chíng']);
  });

  it('the toggle clears the underlines and brings them back', async () => {
    const { editor } = start('<p>chíng</p>');
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(1));
    editor.chain().setSpellcheckEnabled(false).recheckSpelling().run();
    expect(currentFindings(editor.state)).toEqual([]);
    expect(underlined(editor)).toEqual([]);
    editor.commands.setSpellcheckEnabled(true);
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(1));
  });

  it('maps the underlines through typing elsewhere, and the counts keep their identity', async () => {
    const { editor, checked } = start('<p>Hội nghị chíng phủ</p><p>Đảng ta</p>');
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(1));
    const counts = findingCounts(editor.state);
    expect(counts).toEqual({ spelling: 1 });
    const { from } = currentFindings(editor.state)[0]!;
    editor.commands.insertContentAt(1, 'Hôm nay ');
    expect(currentFindings(editor.state)[0]!.from).toBe(from + 8);
    expect(underlined(editor)).toEqual([['spelling', 'check-spelling', 'chíng']]);
    expect(findingCounts(editor.state)).toBe(counts);
    await vi.waitFor(() => expect(checked).toHaveLength(2));
    expect(underlined(editor)).toEqual([['spelling', 'check-spelling', 'chíng']]);
    expect(findingCounts(editor.state)).toBe(counts);
  });

  it('underlines the word being typed once the caret leaves it, by typing on or by moving', async () => {
    const { editor, checked } = start('<p>Hội nghị</p>');
    await vi.waitFor(() => expect(checked).toHaveLength(1));
    editor.view.hasFocus = () => true;
    const end = editor.state.doc.child(0).nodeSize - 1;
    editor.chain().setTextSelection(end).insertContent(' chíng').run();
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(1));
    // A finding all the same (counted, its menu opens), only not drawn under the caret.
    expect(underlined(editor)).toEqual([]);
    expect(findingCounts(editor.state)).toEqual({ spelling: 1 });
    editor.commands.insertContent(' phủ');
    await vi.waitFor(() => expect(underlined(editor)).toEqual([['spelling', 'check-spelling', 'chíng']]));

    editor.commands.insertContent(' nghiax');
    await vi.waitFor(() => expect(currentFindings(editor.state)).toHaveLength(2));
    expect(underlined(editor)).toEqual([['spelling', 'check-spelling', 'chíng']]);
    editor.commands.setTextSelection(1);
    expect(underlined(editor)).toEqual([
      ['spelling', 'check-spelling', 'chíng'],
      ['telex', 'check-spelling', 'nghiax'],
    ]);
  });
});
