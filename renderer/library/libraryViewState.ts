// What the library shows: tab, sort, filters, search text, scroll position. Kept for the life of the page,
// so the reader who opens an article and comes back finds the same list, search and place; a reload starts
// afresh.
import { useCallback, useState } from 'react';
import { defaultDirection, type LibraryFilters, type LibrarySort, type SortDirection } from '../../contract/schemas/library';

export type LibraryTab = 'library' | 'trash';

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
