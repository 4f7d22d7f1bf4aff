// The virtualised article list: a header, then a scrolling viewport whose spacer is total × rowHeight tall and
// holds only the rows in view plus a small overscan. Pages of rows come from PagedRows by offset, so the
// DOM stays the same size for 30 articles or 100,000.
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRow as Row, LibrarySort, SortDirection } from '../../contract/schemas/library';
import { LibraryRow, LoadingRow } from './LibraryRow';
import type { PagedRows } from './pagedRows';
import { useListKeyboard } from './useListKeyboard';
import { useVirtualWindow } from './useVirtualWindow';

export const rowHeight = 60;
const overscan = 6;

interface ArticleListProps {
  rows: PagedRows<Row>;
  trash: boolean;
  sort: LibrarySort;
  direction: SortDirection;
  initialScrollTop: number;
  onScrolled: (scrollTop: number) => void;
  onOpen: (id: number) => void;
  onDelete: (row: Row) => void;
  onRestore: (row: Row) => void;
  /** Shown instead of rows when there are none. */
  empty: ReactNode;
}

export function ArticleList({ rows, trash, sort, direction, initialScrollTop, onScrolled, onOpen, onDelete, onRestore, empty }: ArticleListProps) {
  const { t } = useTranslation();
  const { total } = rows;
  const { viewportRef, onScroll, start, end } = useVirtualWindow({ total, rowHeight, overscan, initialScrollTop, onScrolled });
  const viewport = useRef<HTMLDivElement | null>(null);
  const setViewport = useCallback(
    (element: HTMLDivElement | null) => {
      viewport.current = element;
      viewportRef(element);
    },
    [viewportRef],
  );
  const keyboard = useListKeyboard({
    total: total ?? 0,
    start,
    end,
    rowHeight,
    viewport,
    onEnter: (index) => {
      const row = rows.rowAt(index);
      if (row) (trash ? onRestore : (picked: Row) => onOpen(picked.id))(row);
    },
    onDelete: (index) => {
      const row = rows.rowAt(index);
      if (row && !trash) onDelete(row);
    },
  });

  useEffect(() => {
    rows.show(start, end);
  }, [rows, start, end]);

  const hasRows = total !== undefined && total > 0;
  const asTable = (role: string) => (hasRows ? role : undefined);
  const sortedBy = (column: LibrarySort) => (hasRows && sort === column ? (direction === 'asc' ? 'ascending' : 'descending') : undefined);
  const indexes = total === undefined ? [] : Array.from({ length: Math.max(0, Math.min(end, total) - start) }, (_, offset) => start + offset);

  return (
    <div
      className="library-list"
      role={asTable('table')}
      aria-label={hasRows ? t(trash ? 'libraryView.trashListLabel' : 'libraryView.listLabel') : undefined}
      aria-rowcount={hasRows ? total + 1 : undefined}
      data-testid="library-list"
      data-total={total}
    >
      {/* Without rows there is no table to read, only the message below: the headings are only seen. */}
      <div role={asTable('rowgroup')} className="library-head" aria-hidden={!hasRows || undefined}>
        <div role={asTable('row')} aria-rowindex={hasRows ? 1 : undefined} className="library-row">
          <div role={asTable('columnheader')} aria-sort={sortedBy('headline')}>
            {t('library.headline')}
          </div>
          <div role={asTable('columnheader')}>{t('library.status')}</div>
          <div role={asTable('columnheader')}>{t('libraryView.section')}</div>
          <div role={asTable('columnheader')} aria-sort={sortedBy('dateline')}>
            {t('libraryView.dateline')}
          </div>
          <div role={asTable('columnheader')} aria-sort={sortedBy('updated')}>
            {t('library.updated')}
          </div>
          <div role={asTable('columnheader')}>
            <span className="visually-hidden">{t('libraryView.actions')}</span>
          </div>
        </div>
      </div>
      {/* No rows, no rowgroup: an empty one is not allowed (the message below is what there is to read). */}
      <div
        role={asTable('rowgroup')}
        className="library-viewport"
        ref={setViewport}
        onScroll={onScroll}
        onKeyDown={keyboard.onKeyDown}
        data-testid="library-viewport"
      >
        <div role="presentation" className="library-spacer" style={{ height: (total ?? 0) * rowHeight }}>
          {indexes.map((index) => {
            const row = rows.rowAt(index);
            const top = index * rowHeight;
            return row ? (
              <LibraryRow
                key={row.id}
                row={row}
                index={index}
                top={top}
                height={rowHeight}
                tabbable={index === keyboard.tabStop}
                onFocus={keyboard.onRowFocus}
                onOpen={onOpen}
                onDelete={onDelete}
                onRestore={onRestore}
              />
            ) : (
              <LoadingRow key={`loading-${index}`} index={index} top={top} height={rowHeight} tabbable={index === keyboard.tabStop} />
            );
          })}
        </div>
        {total === undefined && <p className="muted library-empty">{t('library.loading')}</p>}
        {total === 0 && <div className="library-empty">{empty}</div>}
      </div>
    </div>
  );
}
