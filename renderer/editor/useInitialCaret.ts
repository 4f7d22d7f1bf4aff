// Where the caret goes when an article opens: an article with no body text yet starts in the headline; one
// with text goes back to where the caret was last left in the body, or else to the end of the body.
import { useEffect, useRef, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import { rememberCaret, rememberedCaret } from './caretMemory';

export function useInitialCaret(articleId: number, editor: Editor | null, headline: RefObject<HTMLTextAreaElement | null>): void {
  const placed = useRef(false);

  useEffect(() => {
    if (!editor || placed.current) return;
    placed.current = true;
    if (editor.state.doc.textContent.trim() === '') {
      const field = headline.current;
      field?.focus();
      field?.setSelectionRange(field.value.length, field.value.length);
      return;
    }
    const end = editor.state.doc.content.size;
    const position = Math.min(rememberedCaret(articleId) ?? end, end);
    editor.chain().focus(position, { scrollIntoView: true }).run();
  }, [articleId, editor, headline]);

  // The caret's place is noted in memory as it moves (a number, nothing else on the typing path) and written
  // to storage only when the body loses focus, the page goes away or the editor closes.
  useEffect(() => {
    if (!editor) return;
    let last: number | undefined;
    const note = () => {
      if (editor.isFocused) last = editor.state.selection.head;
    };
    const store = () => {
      if (last !== undefined) rememberCaret(articleId, last);
    };
    editor.on('selectionUpdate', note);
    editor.on('blur', store);
    window.addEventListener('pagehide', store);
    return () => {
      editor.off('selectionUpdate', note);
      editor.off('blur', store);
      window.removeEventListener('pagehide', store);
      store();
    };
  }, [articleId, editor]);
}
