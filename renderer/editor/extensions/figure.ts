// A photo in the report: `figure > img + figcaption`. The caption is the figure's own inline content, so
// typing, IME composition, undo and selection work in it as in any paragraph, and a caption can hold a line
// break (Shift+Enter). The photo and its credit are attributes; a figure may wait for its photo (photoId null).
// The node itself is the schema's (common/document/figureExtension.ts); the editor adds commands and keys here.
import { FigureNode } from '../../../common/document/figureExtension';
import { captionContent, figureNode, type FigureAttributes, type FigureFields } from '../../../common/document/figure';

export { captionContent };
export type { FigureOptions } from '../../../common/document/figureExtension';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a figure at the selection, with an optional photo, caption and credit. */
      insertFigure: (figure?: Partial<FigureAttributes> & { caption?: string }) => ReturnType;
      /** Attaches (or replaces) the photo of the figure at `pos`. */
      setFigurePhoto: (pos: number, photo: Partial<FigureAttributes>) => ReturnType;
      /**
       * Attaches a photo to the figure at `pos`, taking the photo's own caption and credit only where the
       * reporter has not written one: what is typed is never overwritten.
       */
      attachPhotoToFigure: (pos: number, photo: FigureFields & { photoId: number }) => ReturnType;
    };
  }
}

export const Figure = FigureNode.extend({
  addCommands() {
    return {
      insertFigure:
        (figure = {}) =>
        ({ commands }) =>
          commands.insertContent(figureNode(figure)),
      setFigurePhoto:
        (pos, photo) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (node?.type.name !== this.name) return false;
          if (dispatch) tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...photo });
          return true;
        },
      attachPhotoToFigure:
        (pos, { photoId, caption, credit }) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (node?.type.name !== this.name) return false;
          if (dispatch) {
            tr.setNodeMarkup(pos, undefined, { ...node.attrs, photoId, credit: (node.attrs.credit as string) || credit });
            if (node.content.size === 0 && caption) {
              const inline = captionContent(caption).map((item) => state.schema.nodeFromJSON(item));
              tr.insert(pos + 1, inline);
            }
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    // TipTap's hard break refuses isolating nodes, and a figure must stay isolating (Backspace at the start of a
    // caption must not merge it into the paragraph above), so the caption's line break is handled here.
    const lineBreak = () => {
      if (this.editor.state.selection.$from.parent.type.name !== this.name) return false;
      return this.editor.commands.insertContent({ type: 'hardBreak' });
    };
    return {
      'Shift-Enter': lineBreak,
      'Mod-Enter': lineBreak,
      // Enter ends the caption and continues the report below the figure, as a reporter expects.
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== this.name) return false;
        const after = $from.after();
        return editor
          .chain()
          .insertContentAt(after, { type: 'paragraph' })
          .setTextSelection(after + 1)
          .run();
      },
    };
  },
});
