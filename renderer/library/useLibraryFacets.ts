// What the filter pickers and the trash tab need to know about the whole library: its sections and tags
// (with counts) and how many articles wait in the trash. Read again after every change the view makes.
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
    Promise.all([api.listSections({}), api.listTags({}), api.queryArticles({ trash: true, limit: 1 })]).then(
      ([sections, tags, trash]) => {
        if (current) setFacets({ sections, tags, trashCount: trash.total });
      },
      (failure: unknown) => {
        if (current) onError(failure);
      },
    );
    return () => {
      current = false;
    };
  }, [changes, onError]);
  return facets;
}
