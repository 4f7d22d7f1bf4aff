// One action at a time with its refusal kept to show: the history's buttons (restore, the conflict's two
// choices, an update from a file) are disabled while it runs, and a failure becomes a translatable problem.
import { useCallback, useState } from 'react';
import { toProblem, type Problem } from '../api/problem';

export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (failure) {
      setProblem(toProblem(failure));
    } finally {
      setBusy(false);
    }
  }, []);
  const dismissProblem = useCallback(() => setProblem(undefined), []);
  return { busy, problem, run, dismissProblem };
}
