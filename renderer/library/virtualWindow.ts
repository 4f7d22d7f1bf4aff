// Which rows a virtualised list puts in the DOM: the ones inside the viewport plus a few either side, so a
// short scroll shows rows that already exist. Rows have one fixed height, so the arithmetic is exact and a
// spacer of total × rowHeight gives the scrollbar its true length (100,000 rows × 60 px = 6 M px, well
// inside Chromium's ~33 M px limit for an element's height).

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  total: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan: number;
}

/** Rows [start, end) to render; empty (start === end) when there is nothing to show. */
export interface RowWindow {
  start: number;
  end: number;
}

export function rowWindow({ scrollTop, viewportHeight, rowHeight, total, overscan }: WindowInput): RowWindow {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const lastStart = Math.max(0, total - 1);
  const top = Math.max(0, scrollTop);
  const firstVisible = Math.min(lastStart, Math.floor(top / rowHeight));
  const visibleCount = Math.max(1, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) - firstVisible);
  return {
    start: Math.max(0, firstVisible - overscan),
    end: Math.min(total, firstVisible + visibleCount + overscan),
  };
}

