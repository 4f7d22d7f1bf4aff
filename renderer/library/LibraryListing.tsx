// The library's articles when no search runs: the virtualised list, what to say when it is empty (with a way
// out of the filters that emptied it), and how many there are.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRow, LibrarySort, SortDirection } from '../../contract/schemas/library';
import { preloadEditor } from '../app/lazyEditor';
import { ArticleList } from './ArticleList';
import { rememberScroll, rememberedScroll } from './libraryViewState';
import type { PagedRows } from './pagedRows';

interface LibraryListingProps {
  rows: PagedRows<LibraryRow>;
  sort: LibrarySort;
  direction: SortDirection;
  filtering: boolean;
  onClearFilters: () => void;
  onOpen: (id: number) => void;
  onDelete: (row: LibraryRow) => void;
}

/** Rows of the library are never in the trash, so they never offer Restore. */
const notInLibrary = () => undefined;

export function LibraryListing({ rows, sort, direction, filtering, onClearFilters, onOpen, onDelete }: LibraryListingProps) {
  const { t } = useTranslation();
  const shown = rows.total !== undefined;
  useEffect(() => {
    if (shown) preloadEditor();
  }, [shown]);
  return (
    <>
      <ArticleList
        rows={rows}
        trash={false}
        sort={sort}
        direction={direction}
        initialScrollTop={rememberedScroll()}
        onScrolled={rememberScroll}
        onOpen={onOpen}
        onDelete={onDelete}
        onRestore={notInLibrary}
        empty={
          filtering ? (
            <p className="muted empty">
              {t('libraryView.noMatches')}{' '}
              <button type="button" className="quiet" onClick={onClearFilters}>
                {t('libraryView.clearFilters')}
              </button>
            </p>
          ) : (
            <p className="muted empty">{t('library.empty')}</p>
          )
        }
      />
      {rows.total !== undefined && rows.total > 0 && <p className="muted count">{t('library.count', { count: rows.total })}</p>}
    </>
  );
}
