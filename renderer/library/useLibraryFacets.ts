// What the filter pickers and the trash tab need to know about the whole library: its sections and tags
// (with counts) and how many articles wait in the trash. Read again after every change the view makes.
// Asked for when the page is idle, so behind the list's first page: counting tags reads every article's tags
// (a second on a 100,000-article library) and the main process answers calls one at a time.
import { useEffect, useState } from 'react';
import type { Facet } from '../../contract/schemas/library';
import { api } from '../api/apiClient';

export interface LibraryFacets {
  sections: Facet[];
  tags: Facet[];
  trashCount: number | undefined;
}

export function useLibraryFacets(changes: number, onError: (failure: unknown) => void): LibraryFacets {
  const [facets, setFacets] = useState<LibraryFacets>({ sections: [], tags: [], trashCount: undefined });
  useEffect(() => {
    let current = true;
    const idle = requestIdleCallback(
      () =>
        void Promise.all([api.queryArticles({ trash: true, limit: 1 }), api.listSections({}), api.listTags({})]).then(
          ([trash, sections, tags]) => {
            if (current) setFacets({ sections, tags, trashCount: trash.total });
          },
          (failure: unknown) => {
            if (current) onError(failure);
          },
        ),
      { timeout: 1000 },
    );
    return () => {
      current = false;
      cancelIdleCallback(idle);
    };
  }, [changes, onError]);
  return facets;
}
