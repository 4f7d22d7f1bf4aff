// Delete moves an article to the trash at once — it can be undone, so nothing asks first — and remembers
// the last one so the panel can offer Undo.
import { useCallback, useState } from 'react';
import type { LibraryRow } from '../../contract/schemas/library';
import { api } from '../api/apiClient';

export interface TrashWithUndo {
  /** The article last moved to the trash, while Undo is on offer. */
  trashed: LibraryRow | undefined;
  moveToTrash: (row: LibraryRow) => void;
  undo: (row: LibraryRow) => Promise<void>;
}

export function useTrashWithUndo(onChanged: () => void, onError: (failure: unknown) => void): TrashWithUndo {
  const [trashed, setTrashed] = useState<LibraryRow>();

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

  return { trashed, moveToTrash, undo };
}
