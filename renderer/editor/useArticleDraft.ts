// The article as the reporter edits it: every change shown at once and queued on one autosave. The body is
// only flagged as changed; it is read from the editor when a save runs, not on each keystroke.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Article, ArticleChanges, ArticleStatus } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import type { Autosaver } from './autosaver';
import { useAutosave } from './useAutosave';
import { registerOpenDraft } from './openDrafts';

/** What the autosave carries: article fields, with the body only flagged (read from the editor when saving). */
export type PendingChanges = Omit<ArticleChanges, 'body'> & { body?: true };

export interface ArticleDraft {
  /** The article with the details' edits applied (headline and sapo live in their own fields). */
  article: Article;
  saver: Autosaver<PendingChanges>;
  /** Shown and saved: the details beside the text. */
  change: (changes: Omit<ArticleChanges, 'body'>) => void;
  /** Saved only: headline, sapo, or the body's flag; their fields show what was typed themselves. */
  save: (changes: PendingChanges) => void;
  /** Saved at once, not with the autosave; a refusal is kept in statusProblem to be shown. */
  setStatus: (status: ArticleStatus) => Promise<void>;
  statusProblem: Problem | undefined;
  dismissStatusProblem: () => void;
  /** Saves what is pending now (before an export or a copy). */
  flush: () => Promise<void>;
}

export function useArticleDraft(initial: Article, currentEditor: () => Editor | null, onTouched: () => void = () => undefined): ArticleDraft {
  const [article, setArticle] = useState(initial);
  const [statusProblem, setStatusProblem] = useState<Problem>();
  // Every save names the version it was based on; a save refused as stale (changed elsewhere) shows as a failure.
  const baseVersion = useRef(initial.version);

  // Told at every edit (cheap): the app stops treating a new article as one to discard.
  const touched = useRef(onTouched);
  touched.current = onTouched;
  const saver = useAutosave<PendingChanges>(async ({ body, ...changes }) => {
    const editor = currentEditor();
    const doc = body && editor ? (editor.getJSON() as DocNode) : undefined;
    const saved = await api.updateArticle({ id: initial.id, baseVersion: baseVersion.current, ...changes, ...(doc ? { body: doc } : {}) });
    baseVersion.current = saved.version;
  });

  const change = useCallback(
    (changes: Omit<ArticleChanges, 'body'>) => {
      touched.current();
      setArticle((current) => ({ ...current, ...changes }) as Article);
      saver.update(changes);
    },
    [saver],
  );
  const save = useCallback(
    (changes: PendingChanges) => {
      touched.current();
      saver.update(changes);
    },
    [saver],
  );

  const setStatus = useCallback(
    async (status: ArticleStatus) => {
      touched.current();
      try {
        setArticle(await api.setArticleStatus({ id: initial.id, status }));
        setStatusProblem(undefined);
      } catch (failure) {
        setStatusProblem(toProblem(failure));
      }
    },
    [initial.id],
  );

  const flush = useCallback(() => saver.flush(), [saver]);
  // A closing window saves every open draft, and hands the shell the text first in case the save never ends.
  useEffect(
    () =>
      registerOpenDraft({
        articleId: initial.id,
        unsaved: () => {
          const unsaved = saver.unsavedChanges();
          if (!unsaved) return undefined;
          const { body, ...changes } = unsaved;
          const editor = currentEditor();
          return body && editor ? { ...changes, body: editor.getJSON() as DocNode } : changes;
        },
        flush,
      }),
    [initial.id, saver, flush, currentEditor],
  );
  const dismissStatusProblem = useCallback(() => setStatusProblem(undefined), []);
  return { article, saver, change, save, setStatus, statusProblem, dismissStatusProblem, flush };
}
