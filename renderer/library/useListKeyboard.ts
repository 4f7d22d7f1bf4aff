// The article list as one Tab stop: the row last moved to holds it (tabindex 0, the others -1), ↑/↓ move by
// a row, PageUp/PageDown by a screenful, Home/End to the ends, Enter opens and Delete deletes. The list is
// virtualised, so a row moved to is scrolled into view first and focused once it has been rendered.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

interface ListKeyboardOptions {
  total: number;
  /** The rows in the DOM right now: [start, end). */
  start: number;
  end: number;
  rowHeight: number;
  viewport: RefObject<HTMLDivElement | null>;
  onEnter: (index: number) => void;
  onDelete: (index: number) => void;
}

export function useListKeyboard({ total, start, end, rowHeight, viewport, onEnter, onDelete }: ListKeyboardOptions) {
  const [active, setActive] = useState(0);
  /** A row to focus once rendered; after a delete, not the deleted one still showing until the list reloads. */
  const focusPending = useRef<{ notArticle?: string } | undefined>(undefined);
  const last = Math.max(0, total - 1);
  // The Tab stop stays on a rendered row, even after the reader scrolled the active one away.
  const tabStop = Math.min(Math.max(Math.min(active, last), start), Math.max(start, Math.min(end, total) - 1));

  // After every render: a row asked for (by a key, or after a delete) gets the focus once it exists.
  useEffect(() => {
    const pending = focusPending.current;
    if (!pending) return;
    const row = viewport.current?.querySelector<HTMLElement>(`[data-row-index="${Math.min(active, last)}"]`);
    if (row && row.dataset.articleId !== pending.notArticle) {
      focusPending.current = undefined;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const target = Math.min(Math.max(index, 0), last);
    const element = viewport.current;
    if (element) {
      const top = target * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
    }
    focusPending.current = {};
    setActive(target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || total === 0) return;
    const page = Math.max(1, Math.floor((viewport.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: tabStop + 1, ArrowUp: tabStop - 1, PageDown: tabStop + page, PageUp: tabStop - page, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter' && (event.target as HTMLElement).getAttribute('role') === 'row') {
      event.preventDefault();
      onEnter(tabStop);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      // The next row moves up into this place and takes the focus.
      const row = viewport.current?.querySelector<HTMLElement>(`[data-row-index="${tabStop}"]`);
      focusPending.current = { notArticle: row?.dataset.articleId };
      onDelete(tabStop);
    }
  };

  return { tabStop, onKeyDown, onRowFocus: setActive };
}
