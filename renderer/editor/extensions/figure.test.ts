// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { documentFigures } from '../../../common/text/documentText';
import type { DocNode } from '../../../contract/schemas/document';
import { Figure } from './figure';

const twoLineCaption = 'Đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng\nphát biểu kết luận Hội nghị';
let editor: Editor;

function makeEditor(content: DocNode | string): Editor {
  editor = new Editor({ extensions: [StarterKit, Figure], content });
  return editor;
}

afterEach(() => editor?.destroy());

/** Presses a key as a real keydown reaches ProseMirror (TipTap's keyboardShortcut command drops selection changes). */
function press(key: string, init: KeyboardEventInit = {}): void {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event));
}

const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const para = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('figure node', () => {
  it('holds its caption as document content, a line break included', () => {
    makeEditor(doc(para('Mở đầu')));
    editor.commands.setTextSelection(editor.state.doc.content.size);
    editor.commands.insertFigure({ caption: twoLineCaption, credit: 'Minh Khôi' });
    const json = editor.getJSON() as DocNode;
    const figure = json.content!.find((node) => node.type === 'figure')!;
    expect(figure.attrs).toEqual({ photoId: null, credit: 'Minh Khôi' });
    expect(figure.content!.map((node) => node.type)).toEqual(['text', 'hardBreak', 'text']);
    expect(documentFigures(json)).toEqual([{ caption: twoLineCaption, credit: 'Minh Khôi', photoId: null }]);
  });

  it('renders figure > figcaption and parses it back, photo and credit included', () => {
    makeEditor('<p>x</p><figure data-photo-id="7" data-credit="Minh Khôi"><img src="x"><figcaption>Quang cảnh<br>Hội nghị</figcaption></figure>');
    const html = editor.getHTML();
    expect(html).toContain('<figure data-photo-id="7" data-credit="Minh Khôi"><figcaption>Quang cảnh<br>Hội nghị</figcaption></figure>');
    expect(documentFigures(editor.getJSON() as DocNode)).toEqual([{ caption: 'Quang cảnh\nHội nghị', credit: 'Minh Khôi', photoId: 7 }]);
  });

  it('ignores a photo id that is not a positive whole number', () => {
    makeEditor('<figure data-photo-id="../../etc"><figcaption>a</figcaption></figure>');
    expect(documentFigures(editor.getJSON() as DocNode)[0]!.photoId).toBeNull();
  });

  it('types into the caption like any text, and Enter continues the report below the figure', () => {
    makeEditor(doc({ type: 'figure', attrs: { photoId: null, credit: '' }, content: [{ type: 'text', text: 'Quang cảnh' }] }, para('Sau')));
    editor.commands.setTextSelection(11); // end of the caption
    editor.commands.insertContent(' Hội nghị');
    press('Enter');
    editor.commands.insertContent('Đoạn mới');
    const json = editor.getJSON() as DocNode;
    expect(json.content!.map((node) => node.type)).toEqual(['figure', 'paragraph', 'paragraph']);
    expect(documentFigures(json)[0]!.caption).toBe('Quang cảnh Hội nghị');
    expect(json.content![1]!.content![0]!.text).toBe('Đoạn mới');
  });

  it('Shift+Enter in a caption makes a line break inside the caption', () => {
    makeEditor(doc({ type: 'figure', attrs: { photoId: null, credit: '' }, content: [{ type: 'text', text: 'Đồng chí Phạm Tất Thắng' }] }));
    editor.commands.setTextSelection(24);
    press('Enter', { shiftKey: true });
    editor.commands.insertContent('phát biểu');
    expect(documentFigures(editor.getJSON() as DocNode)[0]!.caption).toBe('Đồng chí Phạm Tất Thắng\nphát biểu');
    // Still one figure (and StarterKit's trailing paragraph): the break stayed inside the caption.
    expect(editor.getJSON().content!.map((node) => node.type)).toEqual(['figure', 'paragraph']);
  });

  it('attaches a photo to a figure awaiting one', () => {
    makeEditor(doc({ type: 'figure', attrs: { photoId: null, credit: '' }, content: [{ type: 'text', text: 'Quang cảnh Hội nghị' }] }));
    expect(editor.commands.setFigurePhoto(0, { photoId: 42, credit: 'TTXVN' })).toBe(true);
    expect(documentFigures(editor.getJSON() as DocNode)[0]).toEqual({ caption: 'Quang cảnh Hội nghị', credit: 'TTXVN', photoId: 42 });
    expect(editor.commands.setFigurePhoto(1, { photoId: 1 })).toBe(false);
  });

  it('takes the photo’s caption and credit only where the reporter wrote none', () => {
    makeEditor(
      doc(
        { type: 'figure', attrs: { photoId: null, credit: '' }, content: [] },
        { type: 'figure', attrs: { photoId: null, credit: 'TTXVN' }, content: [{ type: 'text', text: 'Chú thích của phóng viên' }] },
      ),
    );
    const second = editor.state.doc.child(0).nodeSize;
    editor.commands.attachPhotoToFigure(0, { photoId: 5, caption: 'Quang cảnh\nHội nghị', credit: 'Minh Khôi' });
    editor.commands.attachPhotoToFigure(editor.state.doc.child(0).nodeSize, { photoId: 6, caption: 'Chú thích trong ảnh', credit: 'Minh Khôi' });
    expect(second).toBe(2);
    expect(documentFigures(editor.getJSON() as DocNode)).toEqual([
      { caption: 'Quang cảnh\nHội nghị', credit: 'Minh Khôi', photoId: 5 },
      { caption: 'Chú thích của phóng viên', credit: 'TTXVN', photoId: 6 },
    ]);
  });

  it('is deleted as a whole and comes back with undo', () => {
    makeEditor(doc(para('Trước'), { type: 'figure', attrs: { photoId: 3, credit: 'A' }, content: [{ type: 'text', text: 'Chú thích' }] }, para('Sau')));
    const before = editor.getJSON();
    const figurePos = editor.state.doc.child(0).nodeSize;
    editor.commands.setNodeSelection(figurePos);
    editor.commands.deleteSelection();
    expect(documentFigures(editor.getJSON() as DocNode)).toEqual([]);
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(before);
  });

  it('moves: cut from one place and pasted at another keeps caption, photo and credit', () => {
    makeEditor(doc(para('Một'), { type: 'figure', attrs: { photoId: 3, credit: 'A' }, content: [{ type: 'text', text: 'Ảnh' }] }, para('Hai')));
    const figurePos = editor.state.doc.child(0).nodeSize;
    const figure = editor.state.doc.nodeAt(figurePos)!;
    editor.commands.deleteRange({ from: figurePos, to: figurePos + figure.nodeSize });
    editor.commands.insertContentAt(editor.state.doc.content.size, figure.toJSON());
    const json = editor.getJSON() as DocNode;
    // StarterKit's trailing node keeps a paragraph after a final figure, so typing can continue below it.
    expect(json.content!.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'figure', 'paragraph']);
    expect(documentFigures(json)).toEqual([{ caption: 'Ảnh', credit: 'A', photoId: 3 }]);
  });
});
