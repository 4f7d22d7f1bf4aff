// One PagedRows per query: a new sort, filter or tab starts a new cache, and the old one's late answers are
// dropped. Components re-render when a page they may show arrives.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { PagedRows, type FetchPage, type PagedRowsOptions } from './pagedRows';

/** `key` names the query `fetchPage` answers: the cache is rebuilt when it changes, and only then. */
export function usePagedRows<Row>(key: string, fetchPage: FetchPage<Row>, options?: Partial<PagedRowsOptions>): PagedRows<Row> {
  // Keyed on `key` alone on purpose: fetchPage and options are new objects every render but the same query.
  const rows = useMemo(() => new PagedRows(fetchPage, options), [key]);
  useSyncExternalStore(rows.subscribe, () => rows.version);
  useEffect(() => () => rows.dispose(), [rows]);
  return rows;
}
