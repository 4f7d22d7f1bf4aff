// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { tableGrid, tableNode } from '../../../common/document/table';
import { inlineText, type DocNode } from '../../../common/document/docNode';
import { countText } from '../../../common/text/countText';
import { documentToPlainText } from '../../../common/text/documentText';
import { countDocument, documentBodyText } from '../countDocument';
import { sanitizePastedHtml } from '../sanitizePastedHtml';
import { toolbarGroups } from '../toolbar/toolbarActions';
import { Figure } from './figure';
import { PastePolicy } from './pastePolicy';
import { SimpleTable } from './table';

if (!('ClipboardEvent' in globalThis)) {
  Object.assign(globalThis, { ClipboardEvent: class extends Event { clipboardData = null; } });
}

let editor: Editor;
afterEach(() => editor?.destroy());

function makeEditor(content: DocNode | string = '<p>Mở đầu</p>'): Editor {
  editor = new Editor({ extensions: [StarterKit.configure({ heading: { levels: [2, 3] } }), Figure, PastePolicy, SimpleTable], content });
  return editor;
}

function press(key: string, init: KeyboardEventInit = {}): void {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event));
}

/** The first table as rows of cell texts, header cells marked `th:`. */
function grid(): string[][] {
  const table = (editor.getJSON() as DocNode).content!.find((node) => node.type === 'table')!;
  return tableGrid(table).map((row) => row.cells.map((cell) => `${row.header ? 'th:' : ''}${inlineText(cell)}`));
}

const tableActions = toolbarGroups({ openLinkDialog: () => undefined, insertPhoto: () => undefined }).flat();
const action = (id: string) => tableActions.find((candidate) => candidate.id === id)!;

describe('simple tables in the editor', () => {
  it('inserts a 3 × 3 table with a header row, and Tab moves from cell to cell (adding a row after the last)', () => {
    makeEditor();
    editor.commands.setTextSelection(4);
    action('insertTable').run(editor);
    editor.commands.insertContent('Đơn vị');
    press('Tab');
    editor.commands.insertContent('Điểm');
    expect(grid()).toEqual([
      ['th:Đơn vị', 'th:Điểm', 'th:'],
      ['', '', ''],
      ['', '', ''],
    ]);
    for (let cell = 0; cell < 7; cell += 1) press('Tab');
    editor.commands.insertContent('cuối');
    press('Tab');
    expect(grid()).toHaveLength(4);
    // Shift+Tab goes back a cell and selects its text, as a spreadsheet does.
    press('Tab', { shiftKey: true });
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('cuối');
    expect(grid()[2]).toEqual(['', '', 'cuối']);
  });

  it('adds and removes rows and columns from the toolbar, whose table buttons wait for a caret in a table', () => {
    makeEditor({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ngoài bảng' }] }, tableNode([{ header: true, cells: [[{ type: 'text', text: 'A' }], [{ type: 'text', text: 'B' }]] }, { header: false, cells: [[{ type: 'text', text: '1' }], [{ type: 'text', text: '2' }]] }])] });
    editor.commands.setTextSelection(2);
    for (const id of ['addRowAfter', 'deleteRow', 'addColumnAfter', 'deleteColumn', 'deleteTable']) expect(action(id).canRun(editor), id).toBe(false);
    expect(action('insertTable').canRun(editor)).toBe(true);
    editor.commands.setTextSelection(editor.state.doc.content.child(0).nodeSize + 4); // into cell A
    for (const id of ['addRowAfter', 'deleteRow', 'addColumnAfter', 'deleteColumn', 'deleteTable']) expect(action(id).canRun(editor), id).toBe(true);
    expect(action('insertTable').canRun(editor)).toBe(false);
    action('addColumnAfter').run(editor);
    expect(grid()).toEqual([
      ['th:A', 'th:', 'th:B'],
      ['1', '', '2'],
    ]);
    action('addRowAfter').run(editor);
    expect(grid()).toHaveLength(3);
    action('deleteColumn').run(editor);
    action('deleteRow').run(editor);
    expect(grid().length).toBe(2);
    action('deleteTable').run(editor);
    expect((editor.getJSON() as DocNode).content!.some((node) => node.type === 'table')).toBe(false);
  });

  it('stores cells as paragraphs of text only: a pasted list in a cell does not stay inside it', () => {
    makeEditor('<table><tr><th>Đơn vị</th><th>Điểm</th></tr><tr><td><p>Ban Tổ chức</p></td><td><ul><li>98</li></ul></td></tr></table>');
    const table = (editor.getJSON() as DocNode).content!.find((node) => node.type === 'table')!;
    const cellContents = table.content!.flatMap((row) => row.content!.flatMap((cell) => cell.content!.map((block) => block.type)));
    expect(new Set(cellContents)).toEqual(new Set(['paragraph']));
  });

  it('writes no style attribute on a copied table (the page’s CSP refuses them; the view sets widths through CSSOM)', () => {
    makeEditor({ type: 'doc', content: [tableNode([{ header: true, cells: [[{ type: 'text', text: 'A' }]] }])] });
    expect(editor.getHTML()).toBe('<table><tbody><tr><th><p>A</p></th></tr></tbody></table>');
  });

  it('keeps a pasted table (from Word or a web page), its header cells, and its text; a merged cell is split', () => {
    const pasted = '<table class="MsoTableGrid" style="border:1px"><thead><tr><th colspan="2" style="x">Kết quả</th></tr></thead><tbody><tr><td onclick="x()"><p class="MsoNormal"><b>Ban Tổ chức</b></p></td><td>98</td></tr></tbody></table>';
    expect(sanitizePastedHtml(pasted)).toBe('<table><thead><tr><th>Kết quả</th><th></th></tr></thead><tbody><tr><td><p><b>Ban Tổ chức</b></p></td><td>98</td></tr></tbody></table>');
    makeEditor();
    editor.commands.setTextSelection(7);
    editor.view.pasteHTML(pasted);
    expect(grid()).toEqual([
      ['th:Kết quả', 'th:'],
      ['Ban Tổ chức', '98'],
    ]);
  });

  it('counts each cell’s words once, in the status bar as in the store', () => {
    makeEditor({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một hai' }] }, tableNode([{ header: true, cells: [[{ type: 'text', text: 'Đơn vị' }], [{ type: 'text', text: 'Điểm số' }]] }, { header: false, cells: [[{ type: 'text', text: 'Ban Tổ chức' }], [{ type: 'text', text: '98' }]] }])] });
    expect(countDocument(editor.state.doc).words).toBe(2 + 2 + 2 + 3 + 1);
    expect(documentBodyText(editor.state.doc)).toBe(documentToPlainText(editor.getJSON() as DocNode));
    expect(countText(documentToPlainText(editor.getJSON() as DocNode)).words).toBe(10);
  });
});
