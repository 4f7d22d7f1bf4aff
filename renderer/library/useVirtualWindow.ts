// Tracks a scrolling viewport (its scrollTop and height) and turns it into the rows to render. Takes a
// scroll position to come back to — the reader returning from the editor finds the list where they left it —
// applied once the spacer is tall enough to scroll that far.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type UIEvent } from 'react';
import { rowWindow, type RowWindow } from './virtualWindow';

interface VirtualWindowOptions {
  /** Undefined while the first page is on its way (the scroll position to come back to waits for it). */
  total: number | undefined;
  rowHeight: number;
  overscan: number;
  initialScrollTop?: number;
  onScrolled?: (scrollTop: number) => void;
}

export interface VirtualWindow extends RowWindow {
  viewportRef: (element: HTMLDivElement | null) => void;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
}

export function useVirtualWindow({ total, rowHeight, overscan, initialScrollTop = 0, onScrolled }: VirtualWindowOptions): VirtualWindow {
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(initialScrollTop);
  // Until the viewport is measured, the window's height: never less than the viewport's, so the first frame
  // already covers it. Measuring in a layout effect instead forced a layout of the whole page and a second
  // render before the first rows could be painted.
  const [viewportHeight, setViewportHeight] = useState(() => window.innerHeight);
  const restore = useRef(initialScrollTop);

  useEffect(() => {
    if (!viewport) return;
    // A ResizeObserver reports after the browser's own layout (at once on observe, then on every resize).
    const observer = new ResizeObserver(() => setViewportHeight(viewport.clientHeight));
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [viewport]);

  useLayoutEffect(() => {
    if (!viewport || total === undefined || restore.current === 0) return;
    // The spacer already has its height: the browser clamps a position the list is now too short for.
    viewport.scrollTop = restore.current;
    restore.current = 0;
    setScrollTop(viewport.scrollTop);
  }, [viewport, total]);

  const onScroll = useCallback(
    (event: UIEvent<HTMLDivElement>) => {
      const top = event.currentTarget.scrollTop;
      setScrollTop(top);
      onScrolled?.(top);
    },
    [onScrolled],
  );

  return {
    viewportRef: setViewport,
    onScroll,
    ...rowWindow({
      scrollTop,
      viewportHeight,
      rowHeight,
      // Before the first answer, assume the rows are there, so the first fetch is already for where the reader was.
      total: total ?? Number.MAX_SAFE_INTEGER,
      overscan,
    }),
  };
}
