import { useEffect, useState, useSyncExternalStore } from 'react';
import { Autosaver, type SaveState } from './autosaver';

/** One Autosaver for the component's life. It re-renders nothing by itself: see useSaveState. */
export function useAutosave<T extends object>(save: (changes: Partial<T>) => Promise<void>): Autosaver<T> {
  const [saver] = useState(() => new Autosaver<T>(save));
  // Leaving the article (or closing the window) must not lose the last keystrokes.
  useEffect(() => {
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [saver]);
  return saver;
}

/** Subscribes only the component that shows the save state, so the editor screen does not re-render with it. */
export function useSaveState(saver: Autosaver<object>): [SaveState, unknown] {
  const state = useSyncExternalStore(
    (listener) => saver.subscribe(listener),
    () => saver.state,
  );
  return [state, saver.error];
}
