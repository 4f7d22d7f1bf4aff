// Files imported through Electron's File → Import dialog: the main process reads them and reports the
// result as an event; what opened shows in the editor or the library, what failed stays as notices.
import { useCallback, useEffect, useState } from 'react';
import { onShellEvent } from '../api/apiClient';

export interface ShellImportErrors {
  errors: string[];
  dismiss: (index: number) => void;
}

export function useShellImportErrors(showImported: (ids: number[], failures: number) => void): ShellImportErrors {
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(
    () =>
      onShellEvent('articlesImported', ({ ids, errors: failed }) => {
        setErrors(failed);
        if (ids.length > 0) showImported(ids, failed.length);
      }),
    [showImported],
  );
  const dismiss = useCallback((index: number) => setErrors((list) => list.filter((_, at) => at !== index)), []);
  return { errors, dismiss };
}
