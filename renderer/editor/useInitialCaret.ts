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

  useEffect(() => {
    if (!editor) return;
    const remember = () => {
      if (editor.isFocused) rememberCaret(articleId, editor.state.selection.head);
    };
    editor.on('selectionUpdate', remember);
    return () => {
      editor.off('selectionUpdate', remember);
    };
  }, [articleId, editor]);
}
