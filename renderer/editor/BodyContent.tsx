// Puts the body editor's view in the page. TipTap's EditorContent does this too, but on mount it sets the
// node views again (new functions each time, so ProseMirror rebuilds the whole document's DOM: a long
// article rendered twice) and on unmount once more; it exists for React node views, which the body has none of.
import { useLayoutEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';

export function BodyContent({ editor }: { editor: Editor | null }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = host.current;
    // The editor builds its view in a detached element of its own; the view moves here, as it is.
    const detached = editor && !editor.isDestroyed ? editor.view.dom.parentNode : null;
    if (!element || !detached || detached === element) return;
    element.append(...detached.childNodes);
    editor!.view.updateRoot(); // ProseMirror caches the root it lives in (document or shadow root)
    editor!.setOptions({ element });
  }, [editor]);
  return <div ref={host} />;
}
