// Mod-A inside a photo caption selects the caption's text, not the whole article: a reporter who selects all
// to retype a caption must not replace the body and its figures. A second Mod-A (the caption already
// selected) selects the document as usual. The headline, sapo and credit are form fields: their native
// select-all already stays inside them.
import { Extension } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { figureNodeType } from '../../../common/document/figure';

interface CaptionSelectAllStorage {
  /** The caption range the last Mod-A selected, in the document it selected it in (an empty caption has nothing to show). */
  scoped: { doc: PmNode; from: number; to: number } | undefined;
}

export const CaptionSelectAll = Extension.create<object, CaptionSelectAllStorage>({
  name: 'captionSelectAll',

  addStorage() {
    return { scoped: undefined };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-a': ({ editor }) => {
        const { state } = editor;
        const { $from, $to, from, to } = state.selection;
        let depth = $from.depth;
        while (depth > 0 && $from.node(depth).type.name !== figureNodeType) depth--;
        // Outside a caption, or a selection reaching out of it: the usual select-all.
        if (depth === 0 || $to.pos > $from.end(depth) || $to.pos < $from.start(depth)) return false;
        const start = $from.start(depth);
        const end = $from.end(depth);
        const scoped = this.storage.scoped;
        const alreadyScoped = from === start && to === end && (end > start || (scoped?.doc === state.doc && scoped.from === start));
        if (alreadyScoped) {
          this.storage.scoped = undefined;
          return false;
        }
        this.storage.scoped = { doc: state.doc, from: start, to: end };
        editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, start, end)));
        return true;
      },
    };
  },
});
