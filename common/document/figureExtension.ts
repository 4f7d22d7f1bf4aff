// The figure's node, as the editor's schema declares it: `figure > img + figcaption`, the caption being the
// node's own inline content, the photo and its credit attributes (common/document/figure.ts is the model).
// Declared here, with no view or editing behaviour, so the file import parses with the editor's own schema;
// the editor adds its commands, keys and node view (renderer/editor/extensions/figure.ts).
import { Node, mergeAttributes, type NodeViewRenderer } from '@tiptap/core';
import { figureNodeType } from './figure';

export interface FigureOptions {
  /** The editor's interactive view (photo, "Add photo", credit field); absent in headless use. */
  nodeView: NodeViewRenderer | null;
}

export const FigureNode = Node.create<FigureOptions>({
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
});
