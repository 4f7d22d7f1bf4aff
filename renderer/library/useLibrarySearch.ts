// Search-as-you-type: every change of the text asks searchArticles, through LatestOnly (one request in
// flight, the latest waiting, stale answers dropped). The last answer stays on screen while the next is on
// its way, so results do not flicker between keystrokes.
import { useEffect, useState } from 'react';
import type { LibraryFilters, SearchHit, SearchInput } from '../../contract/schemas/library';
import { api } from '../api/apiClient';
import { LatestOnly } from './latestOnly';

/** Enough to scan by eye; the ranking puts the best first. */
export const searchLimit = 50;

export interface SearchAnswer {
  /** The text these hits answer (may trail the box by a keystroke while the next search runs). */
  query: string;
  hits: SearchHit[];
  error?: unknown;
}

export interface LibrarySearch {
  /** Undefined when the box is empty, or before the first answer. */
  answer: SearchAnswer | undefined;
  /** The box holds text the shown answer is not for yet. */
  pending: boolean;
}

export function isSearching(text: string): boolean {
  return text.trim() !== '';
}

export function useLibrarySearch(text: string, filters: LibraryFilters, changes: number): LibrarySearch {
  const [answer, setAnswer] = useState<SearchAnswer>();
  const [searcher] = useState(
    () =>
      new LatestOnly<SearchInput, SearchHit[]>(
        (input) => api.searchArticles(input),
        (input, outcome) =>
          setAnswer(outcome.ok ? { query: input.query, hits: outcome.value } : { query: input.query, hits: [], error: outcome.error }),
      ),
  );
  const filtersKey = JSON.stringify(filters);

  useEffect(() => {
    if (!isSearching(text)) {
      searcher.cancel();
      setAnswer(undefined);
      return;
    }
    searcher.request({ query: text, limit: searchLimit, filters: JSON.parse(filtersKey) as LibraryFilters });
  }, [searcher, text, filtersKey, changes]);

  useEffect(() => () => searcher.cancel(), [searcher]);

  return { answer: isSearching(text) ? answer : undefined, pending: isSearching(text) && answer?.query !== text };
}
