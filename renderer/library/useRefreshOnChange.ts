// Fetches the shown pages again whenever the library changed under them (a delete, a restore, an import),
// without refetching on the first render, which fetches anyway.
import { useEffect, useRef } from 'react';
import type { PagedRows } from './pagedRows';

export function useRefreshOnChange<Row>(rows: PagedRows<Row>, changes: number): void {
  const seen = useRef(changes);
  useEffect(() => {
    if (seen.current === changes) return;
    seen.current = changes;
    rows.refresh();
  }, [rows, changes]);
}
