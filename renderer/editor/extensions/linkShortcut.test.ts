// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { LinkShortcut } from './linkShortcut';

describe('LinkShortcut', () => {
  it('asks the host to open the link dialog on Mod-K', () => {
    let opened = 0;
    const editor = new Editor({ extensions: [StarterKit, LinkShortcut.configure({ openLinkDialog: () => (opened += 1) })], content: '<p>x</p>' });
    const event = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, metaKey: false, bubbles: true, cancelable: true });
    const handled = editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event));
    expect(handled).toBe(true);
    expect(opened).toBe(1);
    editor.destroy();
  });
});
