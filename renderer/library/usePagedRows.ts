// One PagedRows per query: a new sort, filter or tab starts a new cache, and the old one's late answers are
// dropped. Components re-render when a page they may show arrives.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { takeEarly } from '../api/earlyCalls';
import { PagedRows, type FetchPage, type Page, type PagedRowsOptions } from './pagedRows';

/**
 * `key` names the query `fetchPage` answers: the cache is rebuilt when it changes, and only then.
 * `firstPageKey`: the key its first page may have been asked for early under (start-up, earlyCalls.ts).
 */
export function usePagedRows<Row>(key: string, fetchPage: FetchPage<Row>, options?: Partial<PagedRowsOptions>, firstPageKey?: string): PagedRows<Row> {
  // Keyed on `key` alone on purpose: fetchPage and options are new objects every render but the same query.
  const rows = useMemo(() => new PagedRows(fetchPage, options, firstPageKey ? takeEarly<Page<Row>>(firstPageKey) : undefined), [key]);
  useSyncExternalStore(rows.subscribe, () => rows.version);
  useEffect(() => () => rows.dispose(), [rows]);
  return rows;
}
