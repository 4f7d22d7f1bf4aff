// Files dropped on the editor or pasted into it become photos at that point. ProseMirror's own handling of
// a drop (moving text or a figure inside the document) is left alone: only files from outside are taken.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

export interface PhotoFilesOptions {
  /** `pos` is where the figures go: the block boundary nearest the drop, or null for the selection. */
  onFiles: (files: File[], pos: number | null) => void;
}

/** The boundary between top-level blocks closest to a document position. */
export function blockBoundaryNear(view: EditorView, pos: number): number {
  const $pos = view.state.doc.resolve(pos);
  if ($pos.depth === 0) return pos;
  const start = $pos.before(1);
  const end = $pos.after(1);
  return pos - start <= end - pos ? start : end;
}

export const PhotoFiles = Extension.create<PhotoFilesOptions>({
  name: 'photoFiles',
  addOptions() {
    return { onFiles: () => undefined };
  },
  addProseMirrorPlugins() {
    const { onFiles } = this.options;
    return [
      new Plugin({
        key: new PluginKey('photoFiles'),
        props: {
          handleDrop: (view, event, _slice, moved) => {
            const files = Array.from(event.dataTransfer?.files ?? []);
            if (moved || files.length === 0) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            onFiles(files, at ? blockBoundaryNear(view, at.pos) : null);
            return true;
          },
          handlePaste: (_view, event) => {
            const files = Array.from(event.clipboardData?.files ?? []);
            if (files.length === 0) return false;
            event.preventDefault();
            onFiles(files, null);
            return true;
          },
        },
      }),
    ];
  },
});
