// What the library shows: tab, sort, filters, search text, scroll position. Kept for the life of the page,
// so the reader who opens an article and comes back finds the same list, search and place; a reload starts
// afresh.
import { useCallback, useState } from 'react';
import { defaultDirection } from '../../contract/constants';
import type { ApiClient } from '../../contract/client';
import type { LibraryFilters, LibrarySort, SortDirection } from '../../contract/schemas/library';
import { defaultPageSize } from './pagedRows';

export type LibraryTab = 'library' | 'trash';

/** What the list sends for a page (the contract's input, defaults left to the main process). */
export type ListQuery = Parameters<ApiClient['queryArticles']>[0];

export interface LibraryViewState {
  tab: LibraryTab;
  sort: LibrarySort;
  direction: SortDirection;
  filters: LibraryFilters;
  search: string;
}

const initial: LibraryViewState = { tab: 'library', sort: 'updated', direction: defaultDirection.updated, filters: {}, search: '' };

let remembered = initial;
let rememberedScrollTop = 0;

export function useLibraryViewState(): [LibraryViewState, (changes: Partial<LibraryViewState>) => void] {
  const [state, setState] = useState(remembered);
  const update = useCallback((changes: Partial<LibraryViewState>) => {
    setState((previous) => {
      const next = { ...previous, ...changes };
      // Another list (tab, sort, filters) starts at its top.
      if (changes.tab !== undefined || changes.sort !== undefined || changes.direction !== undefined || changes.filters !== undefined) {
        rememberedScrollTop = 0;
      }
      remembered = next;
      return next;
    });
  }, []);
  return [state, update];
}

export function rememberedScroll(): number {
  return rememberedScrollTop;
}

export function rememberScroll(scrollTop: number): void {
  rememberedScrollTop = scrollTop;
}

/** Filters without their empty values, so `{}` means "no filter". */
export function activeFilters(filters: LibraryFilters): LibraryFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as LibraryFilters;
}

/** The list's query for a view, without its page: what the library's list sends, page by page. */
export function listQuery(view: Pick<LibraryViewState, 'sort' | 'direction' | 'filters'>): ListQuery {
  return { sort: view.sort, direction: view.direction, ...activeFilters(view.filters) };
}

/** The key of the first page's early answer (renderer/api/earlyCalls.ts): the exact query the list sends for it. */
export function firstPageKey(query: ListQuery): string {
  return `library:${JSON.stringify({ ...query, offset: 0, limit: defaultPageSize })}`;
}

/** The library list's first page as a reload shows it: the query start-up asks for before React renders. */
export function initialFirstPage(): { key: string; query: ListQuery } {
  const query = listQuery(remembered);
  return { key: firstPageKey(query), query: { ...query, offset: 0, limit: defaultPageSize } };
}
