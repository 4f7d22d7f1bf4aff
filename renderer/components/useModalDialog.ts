// Opens a native <dialog> as a modal once it is in the page (focus is trapped, Escape cancels) and, when it
// goes, gives the focus back to whatever had it before — the button or the text that opened the dialog.
import { useEffect, useRef } from 'react';

export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.showModal();
    return () => {
      element?.close();
      // After React has removed the dialog: a focus set while it is still there would be trapped in it.
      queueMicrotask(() => {
        if (opener?.isConnected && !opener.matches(':disabled')) opener.focus({ preventScroll: true });
      });
    };
  }, []);
  return dialog;
}
