// What the editor does with its article's history: open the history panel (button or Ctrl+Shift+H), restore
// a revision, save a labelled version, settle a conflicting save, update from a file. Restoring, loading the
// newer text and updating replace the article's content: the editor reloads with it (onReplaced).
import { useCallback, useState } from 'react';
import type { Article } from '../../contract/schemas/article';
import { api, insideElectron } from '../api/apiClient';
import type { ArticleDraft } from '../editor/useArticleDraft';
import { useAppShortcuts } from '../keyboard/useAppShortcuts';
import { loadNewerText } from './saveConflict';
import type { FirstSelection } from './useRevisions';
import { useUpdateFromFile, type FileUpdate } from './useUpdateFromFile';

export type { FileUpdate };

interface RevisionActionsOptions {
  articleId: number;
  draft: ArticleDraft;
  onReplaced: (article: Article, update?: FileUpdate) => void;
}

export function useRevisionActions({ articleId, draft, onReplaced }: RevisionActionsOptions) {
  const [history, setHistory] = useState<FirstSelection>();
  const { flush, unsaved, baseVersion, discard, saver } = draft;

  /** Saves what is pending; the version it leaves, or the save's own refusal (nothing typed is dropped). */
  const savedBase = useCallback(async () => {
    await flush();
    if (unsaved()) throw saver.error ?? new Error('unsaved');
    return baseVersion();
  }, [flush, unsaved, baseVersion, saver]);

  const replace = useCallback(
    (article: Article, update?: FileUpdate) => {
      discard();
      onReplaced(article, update);
    },
    [discard, onReplaced],
  );

  const showHistory = useCallback(
    (first: FirstSelection = 'newest') => {
      // The panel compares with the stored text: what is on screen is saved first (a refusal leaves it pending).
      void flush().finally(() => setHistory(first));
    },
    [flush],
  );
  useAppShortcuts({ showHistory: () => showHistory() }, insideElectron);

  const restore = useCallback(
    async (revision: number) => replace(await api.revertArticle({ id: articleId, revision, baseVersion: await savedBase() })),
    [articleId, replace, savedBase],
  );
  const saveVersion = useCallback(
    async (label: string) => {
      await savedBase();
      await api.saveVersion({ id: articleId, label });
    },
    [articleId, savedBase],
  );
  const loadNewer = useCallback(async () => replace(await loadNewerText(articleId, unsaved())), [articleId, replace, unsaved]);
  const update = useUpdateFromFile({ articleId, savedBase, onUpdated: replace });

  return {
    history,
    showHistory,
    closeHistory: () => setHistory(undefined),
    restore,
    saveVersion,
    loadNewer,
    keepMine: draft.keepMine,
    update,
  };
}

export type RevisionActions = ReturnType<typeof useRevisionActions>;
