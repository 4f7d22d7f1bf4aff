// Mod-K opens the link dialog, as in word processors and web CMSs. The dialog itself is React UI; the editor
// only knows whom to ask.
import { Extension } from '@tiptap/core';
import { linkShortcutKey } from './linkShortcutKey';

export interface LinkShortcutOptions {
  openLinkDialog: () => void;
}

export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',
  addOptions() {
    return { openLinkDialog: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      [linkShortcutKey]: () => {
        this.options.openLinkDialog();
        return true;
      },
    };
  },
});
