import { useEffect, useState, useSyncExternalStore } from 'react';
import { Autosaver, type SaveState } from './autosaver';

/** One Autosaver for the component's life. */
export function useAutosave<T extends object>(save: (changes: Partial<T>) => Promise<void>): [Autosaver<T>, SaveState, unknown] {
  const [saver] = useState(() => new Autosaver<T>(save));
  const state = useSyncExternalStore(
    (listener) => saver.subscribe(listener),
    () => saver.state,
  );
  // Leaving the article (or closing the window) must not lose the last keystrokes.
  useEffect(() => {
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [saver]);
  return [saver, state, saver.error];
}
