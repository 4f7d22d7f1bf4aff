// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { AllSelection } from '@tiptap/pm/state';
import type { DocNode } from '../../../contract/schemas/document';
import { CaptionSelectAll } from './captionSelectAll';
import { Figure } from './figure';

let editor: Editor;
afterEach(() => editor?.destroy());

const para = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const figure = (caption: string): DocNode => ({ type: 'figure', attrs: { photoId: null, credit: '' }, content: caption ? [{ type: 'text', text: caption }] : [] });

function makeEditor(...content: DocNode[]): Editor {
  editor = new Editor({ extensions: [StarterKit, Figure, CaptionSelectAll], content: { type: 'doc', content } });
  return editor;
}

function pressModA(): void {
  const event = new KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true, cancelable: true });
  editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event));
}

/** Puts the caret inside the n-th figure's caption, `offset` characters in. */
function caretInCaption(index: number, offset: number): void {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === 'figure' && ++found === index) editor.commands.setTextSelection(pos + 1 + offset);
    return found < index;
  });
}

const selectedText = () => editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to, '\n');

describe('CaptionSelectAll', () => {
  it('selects the caption first, then the whole document', () => {
    makeEditor(para('Mở đầu bài viết'), figure('Quang cảnh Hội nghị'), para('Kết bài'));
    caretInCaption(0, 3);
    pressModA();
    expect(selectedText()).toBe('Quang cảnh Hội nghị');
    pressModA();
    expect(editor.state.selection).toBeInstanceOf(AllSelection);
  });

  it('typing after the first Mod-A replaces the caption only: the body and other figures stay', () => {
    makeEditor(para('Mở đầu bài viết'), figure('Ảnh một'), figure('Ảnh hai'), para('Kết bài'));
    caretInCaption(1, 1);
    pressModA();
    editor.commands.insertContent('Chú thích mới');
    const json = editor.getJSON() as DocNode;
    expect(json.content!.map((node) => node.type)).toEqual(['paragraph', 'figure', 'figure', 'paragraph']);
    expect(json.content![1]!.content![0]!.text).toBe('Ảnh một');
    expect(json.content![2]!.content![0]!.text).toBe('Chú thích mới');
    expect(json.content![3]!.content![0]!.text).toBe('Kết bài');
  });

  it('in an empty caption the first Mod-A keeps the caret there; the second selects the document', () => {
    makeEditor(para('Mở đầu'), figure(''), para('Kết bài'));
    caretInCaption(0, 0);
    const caret = editor.state.selection.from;
    pressModA();
    expect(editor.state.selection.empty).toBe(true);
    expect(editor.state.selection.from).toBe(caret);
    pressModA();
    expect(editor.state.selection).toBeInstanceOf(AllSelection);
  });

  it('outside a caption Mod-A selects the document at once', () => {
    makeEditor(para('Mở đầu'), figure('Ảnh'), para('Kết bài'));
    editor.commands.setTextSelection(2);
    pressModA();
    expect(editor.state.selection).toBeInstanceOf(AllSelection);
  });
});
