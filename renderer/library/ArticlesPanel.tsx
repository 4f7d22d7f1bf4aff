// The library tab: search box, sort and filters, then either the search results (while the box holds text)
// or the virtualised list. Delete moves an article to the trash at once and offers Undo.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRow, SearchHit } from '../../contract/schemas/library';
import { api } from '../api/apiClient';
import { describeError } from '../api/describeError';
import { FiltersBar } from './FiltersBar';
import { LibraryListing } from './LibraryListing';
import { activeFilters, firstPageKey, listQuery, type LibraryViewState } from './libraryViewState';
import { SearchBox } from './SearchBox';
import { hitElementId, SearchResults } from './SearchResults';
import type { LibraryFacets } from './useLibraryFacets';
import { isSearching, searchLimit, useLibrarySearch } from './useLibrarySearch';
import { usePagedRows } from './usePagedRows';
import { useRefreshOnChange } from './useRefreshOnChange';
import { useTrashWithUndo } from './useTrashWithUndo';

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

export function ArticlesPanel({ view, update, facets, changes, onChanged, onOpen, onError }: ArticlesPanelProps) {
  const { t } = useTranslation();
  const filters = activeFilters(view.filters);
  const query = listQuery(view);
  const rows = usePagedRows(JSON.stringify(query), (offset, limit) => api.queryArticles({ ...query, offset, limit }), undefined, firstPageKey(query));
  useRefreshOnChange(rows, changes);
  const search = useLibrarySearch(view.search, filters, changes);
  const hits = search.answer?.hits ?? [];
  const [activeIndex, setActiveIndex] = useState(0);
  const { trashed, moveToTrash, undo } = useTrashWithUndo(onChanged, onError);

  useEffect(() => setActiveIndex(0), [search.answer]);

  const openHit = (hit: SearchHit | undefined) => {
    if (hit) onOpen(hit.id);
  };

  const searching = isSearching(view.search);
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
      {trashed && <TrashNotice trashed={trashed} onUndo={() => void undo(trashed)} />}
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
        <LibraryListing
          rows={rows}
          sort={view.sort}
          direction={view.direction}
          filtering={Object.keys(filters).length > 0}
          onClearFilters={() => update({ filters: {} })}
          onOpen={onOpen}
          onDelete={moveToTrash}
        />
      )}
    </>
  );
}

function TrashNotice({ trashed, onUndo }: { trashed: LibraryRow; onUndo: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="library-notice" role="status">
      {t('libraryView.movedToTrash', { headline: trashed.headline || t('library.untitled') })}{' '}
      <button type="button" className="quiet" onClick={onUndo} data-testid="undo-delete">
        {t('libraryView.undo')}
      </button>
    </p>
  );
}
