// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { toolbarGroups } from './toolbarActions';
import { caretContextKey, createToolbarState } from './toolbarState';

let editor: Editor;
afterEach(() => editor?.destroy());

describe('toolbar state', () => {
  it('does not re-check commands while typing inside one paragraph, and does when the caret moves on', () => {
    editor = new Editor({ extensions: [StarterKit], content: '<p>Một</p><ul><li><p>hai</p></li></ul>' });
    const actions = toolbarGroups({ openLinkDialog: () => undefined, insertPhoto: () => undefined }).flat();
    const bulletCan = vi.spyOn(actions.find((action) => action.id === 'bulletList')!, 'canRun');
    const read = createToolbarState(actions);
    editor.commands.setTextSelection(4);
    read(editor);
    editor.commands.insertContent('x');
    read(editor);
    editor.commands.insertContent('y');
    read(editor);
    // Checked once for the caret's place; typing two letters there checks nothing again.
    expect(bulletCan).toHaveBeenCalledTimes(1);
    editor.commands.setTextSelection(9); // into the list item
    const inList = read(editor);
    expect(bulletCan).toHaveBeenCalledTimes(2);
    const bulletIndex = actions.findIndex((action) => action.id === 'bulletList');
    expect(inList.split('|')[0]![bulletIndex]).toBe('1');
  });

  it('keys the caret by structure, selection, marks and history', () => {
    editor = new Editor({ extensions: [StarterKit], content: '<p>Một hai</p>' });
    editor.commands.setTextSelection(2);
    const before = caretContextKey(editor);
    editor.commands.setTextSelection({ from: 2, to: 4 });
    expect(caretContextKey(editor)).not.toBe(before);
    editor.commands.setTextSelection(2);
    editor.commands.toggleBold();
    expect(caretContextKey(editor)).not.toBe(before);
  });
});
