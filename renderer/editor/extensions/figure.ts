// A photo in the report: `figure > img + figcaption`. The caption is the figure's own inline content, so
// typing, IME composition, undo and selection work in it as in any paragraph, and a caption can hold a line
// break (Shift+Enter). The photo and its credit are attributes; a figure may wait for its photo (photoId null).
import { Node, mergeAttributes, type NodeViewRenderer } from '@tiptap/core';
import { captionContent, figureNode, figureNodeType, type FigureAttributes, type FigureFields } from '../../../common/document/figure';

export { captionContent };

export interface FigureOptions {
  /** The editor's interactive view (photo, "Add photo", credit field); absent in headless use. */
  nodeView: NodeViewRenderer | null;
}

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

export const Figure = Node.create<FigureOptions>({
  name: figureNodeType,
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,
  defining: true,

  addOptions() {
    return { nodeView: null };
  },

  addAttributes() {
    return {
      photoId: {
        default: null,
        parseHTML: (element) => {
          const value = Number(element.getAttribute('data-photo-id'));
          return Number.isSafeInteger(value) && value > 0 ? value : null;
        },
        renderHTML: (attributes) => (attributes.photoId ? { 'data-photo-id': String(attributes.photoId) } : {}),
      },
      credit: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-credit') ?? element.querySelector('[data-figure-credit]')?.textContent ?? '',
        renderHTML: (attributes) => (attributes.credit ? { 'data-credit': attributes.credit } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure', contentElement: 'figcaption' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes), ['figcaption', 0]];
  },

  addNodeView() {
    return this.options.nodeView;
  },

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
