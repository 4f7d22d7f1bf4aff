// The history panel's data: the article's revisions newest first, the one selected, its text and its
// differences from the current text. A late answer for an earlier selection is dropped.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleDiff, Revision, RevisionWithContent } from '../../contract/schemas/revision';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';

/** Which revision is selected first: the newest, or the text as it was before the latest update from a file. */
export type FirstSelection = 'newest' | 'beforeUpdate';

export interface RevisionsView {
  revisions: Revision[] | undefined;
  selected: number | undefined;
  select: (revision: number) => void;
  /** The selected revision with its content, and its differences from the current text, once loaded. */
  shown: { revision: RevisionWithContent; diff: ArticleDiff } | undefined;
  problem: Problem | undefined;
  reload: () => Promise<void>;
}

export function useRevisions(articleId: number, first: FirstSelection): RevisionsView {
  const [revisions, setRevisions] = useState<Revision[]>();
  const [selected, setSelected] = useState<number>();
  const [shown, setShown] = useState<RevisionsView['shown']>();
  const [problem, setProblem] = useState<Problem>();

  const reload = useCallback(async () => {
    try {
      const newestFirst = (await api.listRevisions({ id: articleId })).reverse();
      setRevisions(newestFirst);
      setSelected((current) => (current !== undefined && newestFirst.some((r) => r.revision === current) ? current : firstSelected(newestFirst, first)));
    } catch (failure) {
      setProblem(toProblem(failure));
    }
  }, [articleId, first]);
  useEffect(() => void reload(), [reload]);

  useEffect(() => {
    if (selected === undefined) return;
    let current = true;
    Promise.all([api.getRevision({ id: articleId, revision: selected }), api.diffRevisions({ id: articleId, from: selected })]).then(
      ([revision, diff]) => current && setShown({ revision, diff }),
      (failure: unknown) => current && setProblem(toProblem(failure)),
    );
    return () => {
      current = false;
    };
  }, [articleId, selected, revisions]);

  return { revisions, selected, select: setSelected, shown: shown?.revision.revision === selected ? shown : undefined, problem, reload };
}

function firstSelected(newestFirst: readonly Revision[], first: FirstSelection): number | undefined {
  if (first === 'beforeUpdate') {
    const update = newestFirst.findIndex((revision) => revision.reason === 'update');
    const before = update >= 0 ? newestFirst[update + 1] : undefined;
    if (before) return before.revision;
  }
  return newestFirst[0]?.revision;
}
