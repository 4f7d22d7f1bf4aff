// The library tab: search box, sort and filters, then either the search results (while the box holds text)
// or the virtualised list. Delete moves an article to the trash at once — it can be undone, so nothing asks
// first — and offers Undo.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRow, SearchHit } from '../../contract/schemas/library';
import { api } from '../api/apiClient';
import { describeError } from '../api/describeError';
import { ArticleList } from './ArticleList';
import { FiltersBar } from './FiltersBar';
import { activeFilters, rememberScroll, rememberedScroll, type LibraryViewState } from './libraryViewState';
import { SearchBox } from './SearchBox';
import { hitElementId, SearchResults } from './SearchResults';
import type { LibraryFacets } from './useLibraryFacets';
import { isSearching, searchLimit, useLibrarySearch } from './useLibrarySearch';
import { usePagedRows } from './usePagedRows';
import { useRefreshOnChange } from './useRefreshOnChange';

interface ArticlesPanelProps {
  view: LibraryViewState;
  update: (changes: Partial<LibraryViewState>) => void;
  facets: LibraryFacets;
  changes: number;
  onChanged: () => void;
  onOpen: (id: number) => void;
  onError: (failure: unknown) => void;
}

const resultsId = 'library-search-results';
/** Rows of the library are never in the trash, so they never offer Restore. */
const notInLibrary = () => undefined;

export function ArticlesPanel({ view, update, facets, changes, onChanged, onOpen, onError }: ArticlesPanelProps) {
  const { t } = useTranslation();
  const filters = activeFilters(view.filters);
  const query = { sort: view.sort, direction: view.direction, ...filters };
  const rows = usePagedRows(JSON.stringify(query), (offset, limit) => api.queryArticles({ ...query, offset, limit }));
  useRefreshOnChange(rows, changes);
  const search = useLibrarySearch(view.search, filters, changes);
  const hits = search.answer?.hits ?? [];
  const [activeIndex, setActiveIndex] = useState(0);
  const [trashed, setTrashed] = useState<LibraryRow>();

  useEffect(() => setActiveIndex(0), [search.answer]);

  // Stable, so the memoised rows do not re-render on every keystroke or scroll.
  const moveToTrash = useCallback(
    (row: LibraryRow) => {
      api.deleteArticle({ id: row.id }).then(() => {
        setTrashed(row);
        onChanged();
      }, onError);
    },
    [onChanged, onError],
  );

  const undo = async (row: LibraryRow) => {
    setTrashed(undefined);
    try {
      await api.restoreArticle({ id: row.id });
      onChanged();
    } catch (failure) {
      onError(failure);
    }
  };

  const openHit = (hit: SearchHit | undefined) => {
    if (hit) onOpen(hit.id);
  };

  const searching = isSearching(view.search);
  const filtering = Object.keys(filters).length > 0;
  const activeHit = searching ? hits[activeIndex] : undefined;

  return (
    <>
      <SearchBox
        value={view.search}
        onChange={(search) => update({ search })}
        resultsId={resultsId}
        activeId={activeHit && hitElementId(activeHit)}
        expanded={searching && hits.length > 0}
        onMove={(step) => hits.length > 0 && setActiveIndex((index) => (index + step + hits.length) % hits.length)}
        onEnter={() => openHit(activeHit)}
      />
      <FiltersBar
        sort={view.sort}
        direction={view.direction}
        filters={filters}
        sections={facets.sections}
        tags={facets.tags}
        showSort={!isSearching(view.search)}
        showFilters
        onSort={(sort, direction) => update({ sort, direction })}
        onFilters={(next) => update({ filters: next })}
      />
      {trashed && (
        <p className="library-notice" role="status">
          {t('libraryView.movedToTrash', { headline: trashed.headline || t('library.untitled') })}{' '}
          <button type="button" className="quiet" onClick={() => void undo(trashed)} data-testid="undo-delete">
            {t('libraryView.undo')}
          </button>
        </p>
      )}
      {rows.error !== undefined && (
        <p className="error" role="alert">
          {describeError(t, rows.error)}
        </p>
      )}
      {searching ? (
        <SearchResults
          id={resultsId}
          answer={search.answer}
          pending={search.pending}
          limit={searchLimit}
          activeIndex={activeIndex}
          onActivate={setActiveIndex}
          onOpen={openHit}
        />
      ) : (
        <>
          <ArticleList
            rows={rows}
            trash={false}
            sort={view.sort}
            direction={view.direction}
            initialScrollTop={rememberedScroll()}
            onScrolled={rememberScroll}
            onOpen={onOpen}
            onDelete={moveToTrash}
            onRestore={notInLibrary}
            empty={
              filtering ? (
                <p className="muted empty">
                  {t('libraryView.noMatches')}{' '}
                  <button type="button" className="quiet" onClick={() => update({ filters: {} })}>
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
      )}
    </>
  );
}
