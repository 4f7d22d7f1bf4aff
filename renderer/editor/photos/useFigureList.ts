// The body's figures as the photo panel lists them, refreshed once typing in the body pauses.
import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { listFigures, type FigureEntry } from './figureList';

export interface FigureListing {
  figures: FigureEntry[];
  /** Reads the figures again now (after the panel itself changed one). */
  refresh: () => void;
  /** The figure at this index where it is now: edits act on that, not on the position of the last refresh. */
  current: (index: number) => FigureEntry | undefined;
}

export function useFigureList(editor: Editor): FigureListing {
  const [figures, setFigures] = useState<FigureEntry[]>(() => listFigures(editor.state.doc));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Typing in the body changes positions, not figures: refresh once the typing pauses.
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setFigures((previous) => keepIfSame(previous, listFigures(editor.state.doc))), 150);
    };
    editor.on('update', refresh);
    return () => {
      clearTimeout(timer);
      editor.off('update', refresh);
    };
  }, [editor]);

  const refresh = useCallback(() => setFigures(listFigures(editor.state.doc)), [editor]);
  const current = useCallback((index: number) => listFigures(editor.state.doc)[index], [editor]);
  return { figures, refresh, current };
}

/** Positions shift with every keystroke in the body; only what the panel shows decides whether it re-renders. */
function keepIfSame(previous: FigureEntry[], next: FigureEntry[]): FigureEntry[] {
  const same =
    previous.length === next.length &&
    previous.every((entry, index) => {
      const other = next[index]!;
      return entry.photoId === other.photoId && entry.caption === other.caption && entry.credit === other.credit;
    });
  return same ? previous : next;
}
