// The virtualised article list: a header, then a scrolling viewport whose spacer is total × rowHeight tall and
// holds only the rows in view plus a small overscan. Pages of rows come from PagedRows by offset, so the
// DOM stays the same size for 30 articles or 100,000.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRow as Row, LibrarySort, SortDirection } from '../../contract/schemas/library';
import { LibraryRow, LoadingRow } from './LibraryRow';
import type { PagedRows } from './pagedRows';
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

  useEffect(() => {
    rows.show(start, end);
  }, [rows, start, end]);

  const sortedBy = (column: LibrarySort) => (sort === column ? (direction === 'asc' ? 'ascending' : 'descending') : undefined);
  const indexes = total === undefined ? [] : Array.from({ length: Math.max(0, Math.min(end, total) - start) }, (_, offset) => start + offset);

  return (
    <div
      className="library-list"
      role="table"
      aria-label={t(trash ? 'libraryView.trashListLabel' : 'libraryView.listLabel')}
      aria-rowcount={total === undefined ? -1 : total + 1}
      data-testid="library-list"
      data-total={total}
    >
      <div role="rowgroup" className="library-head">
        <div role="row" aria-rowindex={1} className="library-row">
          <div role="columnheader" aria-sort={sortedBy('headline')}>
            {t('library.headline')}
          </div>
          <div role="columnheader">{t('library.status')}</div>
          <div role="columnheader">{t('libraryView.section')}</div>
          <div role="columnheader" aria-sort={sortedBy('dateline')}>
            {t('libraryView.dateline')}
          </div>
          <div role="columnheader" aria-sort={sortedBy('updated')}>
            {t('library.updated')}
          </div>
          <div role="columnheader">
            <span className="visually-hidden">{t('libraryView.actions')}</span>
          </div>
        </div>
      </div>
      <div role="rowgroup" className="library-viewport" ref={viewportRef} onScroll={onScroll} data-testid="library-viewport">
        <div role="presentation" className="library-spacer" style={{ height: (total ?? 0) * rowHeight }}>
          {indexes.map((index) => {
            const row = rows.rowAt(index);
            const top = index * rowHeight;
            return row ? (
              <LibraryRow key={row.id} row={row} index={index} top={top} height={rowHeight} onOpen={onOpen} onDelete={onDelete} onRestore={onRestore} />
            ) : (
              <LoadingRow key={`loading-${index}`} index={index} top={top} height={rowHeight} />
            );
          })}
        </div>
        {total === undefined && <p className="muted library-empty">{t('library.loading')}</p>}
        {total === 0 && <div className="library-empty">{empty}</div>}
      </div>
    </div>
  );
}
