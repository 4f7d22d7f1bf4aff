// Files imported through Electron's File → Import dialog (or opened with the app): the main process reads
// them and reports the result as an event. What opened shows in the editor or the library, with its import
// report; what failed stays as notices kept as codes, worded when shown, so a language switch re-words them.
import { useCallback, useEffect, useState } from 'react';
import { onShellEvent } from '../api/apiClient';
import { withoutProblem } from '../components/ProblemNotices';
import type { Problem } from '../api/problem';
import type { ReportedFile } from './ImportReportNotice';

export interface ShellImportErrors {
  errors: Problem[];
  dismiss: (index: number) => void;
}

export function useShellImportErrors(
  showImported: (ids: number[], failures: number) => void,
  showReports: (reports: ReportedFile[]) => void,
): ShellImportErrors {
  const [errors, setErrors] = useState<Problem[]>([]);
  useEffect(
    () =>
      onShellEvent('articlesImported', ({ ids, reports, errors: failed }) => {
        setErrors(failed);
        showReports(reports ?? []);
        if (ids.length > 0) showImported(ids, failed.length);
      }),
    [showImported, showReports],
  );
  const dismiss = useCallback((index: number) => setErrors((list) => withoutProblem(list, index)), []);
  return { errors, dismiss };
}
