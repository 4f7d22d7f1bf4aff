// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from '../extensions/figure';
import { listFigures, moveFigure, removeFigure, setFigureCaption, setFigureCredit } from './figureList';

let editor: Editor;
afterEach(() => editor?.destroy());

const figure = (photoId: number | null, caption: string, credit = '') => ({
  type: 'figure',
  attrs: { photoId, credit },
  content: caption ? [{ type: 'text', text: caption }] : [],
});
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function makeEditor() {
  editor = new Editor({
    extensions: [StarterKit, Figure],
    content: { type: 'doc', content: [figure(1, 'Một', 'A'), para('Đoạn một'), figure(2, 'Hai'), para('Đoạn hai'), figure(null, '')] },
  });
}

const summary = () => listFigures(editor.state.doc).map(({ photoId, caption, credit }) => ({ photoId, caption, credit }));

describe('figure list', () => {
  it('lists figures in order of appearance with caption and credit', () => {
    makeEditor();
    expect(summary()).toEqual([
      { photoId: 1, caption: 'Một', credit: 'A' },
      { photoId: 2, caption: 'Hai', credit: '' },
      { photoId: null, caption: '', credit: '' },
    ]);
  });

  it('edits caption (line breaks included) and credit inside the document, undoably', () => {
    makeEditor();
    const [, second] = listFigures(editor.state.doc);
    setFigureCaption(editor, second!.pos, 'Đồng chí Phạm Tất Thắng\nphát biểu');
    setFigureCredit(editor, listFigures(editor.state.doc)[1]!.pos, 'Minh Khôi');
    expect(summary()[1]).toEqual({ photoId: 2, caption: 'Đồng chí Phạm Tất Thắng\nphát biểu', credit: 'Minh Khôi' });
    editor.commands.undo();
    expect(summary()[1]).toEqual({ photoId: 2, caption: 'Hai', credit: '' });
  });

  it('moves a figure among the others without moving the text', () => {
    makeEditor();
    const [first, , third] = listFigures(editor.state.doc);
    moveFigure(editor, first!.pos, third!.pos, true);
    expect(summary().map((entry) => entry.photoId)).toEqual([2, null, 1]);
    expect(editor.state.doc.textBetween(0, editor.state.doc.content.size, '|')).toContain('Đoạn một|Hai|Đoạn hai');
  });

  it('removes a figure, and undo brings it back', () => {
    makeEditor();
    removeFigure(editor, listFigures(editor.state.doc)[0]!.pos);
    expect(summary().map((entry) => entry.photoId)).toEqual([2, null]);
    editor.commands.undo();
    expect(summary().map((entry) => entry.photoId)).toEqual([1, 2, null]);
  });
});
