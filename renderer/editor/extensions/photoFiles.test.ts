// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from './figure';
import { blockBoundaryNear, PhotoFiles } from './photoFiles';

let editor: Editor;
let received: { files: File[]; pos: number | null }[];
afterEach(() => editor?.destroy());

function makeEditor(): Editor {
  received = [];
  editor = new Editor({
    extensions: [StarterKit, Figure, PhotoFiles.configure({ onFiles: (files, pos) => received.push({ files, pos }) })],
    content: '<p>Một hai ba</p><p>Bốn năm</p>',
  });
  return editor;
}

function dispatchPlugin(name: 'handleDrop' | 'handlePaste', event: unknown, moved = false): boolean | void | undefined {
  return editor.view.someProp(name as 'handleDrop', (handle) => handle(editor.view, event as DragEvent, editor.state.doc.slice(0, 0), moved));
}

describe('PhotoFiles', () => {
  it('hands pasted files to the host, at the selection', () => {
    makeEditor();
    const photo = new File([new Uint8Array([1, 2, 3])], 'anh.jpg', { type: 'image/jpeg' });
    const handled = editor.view.someProp('handlePaste', (handle) =>
      handle(editor.view, { clipboardData: { files: [photo] }, preventDefault() {} } as unknown as ClipboardEvent, editor.state.doc.slice(0, 0)),
    );
    expect(handled).toBe(true);
    expect(received).toEqual([{ files: [photo], pos: null }]);
  });

  it('leaves paste without files and moves inside the document to ProseMirror', () => {
    makeEditor();
    const noFiles = editor.view.someProp('handlePaste', (handle) =>
      handle(editor.view, { clipboardData: { files: [], getData: () => '' }, preventDefault() {} } as unknown as ClipboardEvent, editor.state.doc.slice(0, 0)),
    );
    expect(noFiles).toBeFalsy();
    expect(dispatchPlugin('handleDrop', { dataTransfer: { files: [new File([], 'a.jpg')] }, preventDefault() {} }, true)).toBeFalsy();
    expect(received).toEqual([]);
  });

  it('puts dropped photos at the block boundary nearest the drop point', () => {
    makeEditor();
    // <p>Một hai ba</p> spans 0..12; inside it near the start → before it, near the end → after it.
    expect(blockBoundaryNear(editor.view, 2)).toBe(0);
    expect(blockBoundaryNear(editor.view, 11)).toBe(12);
  });
});
