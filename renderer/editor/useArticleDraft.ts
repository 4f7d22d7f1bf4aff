// The article as the reporter edits it: every change shown at once and queued on one autosave. The body is
// only flagged as changed; it is read from the editor when a save runs, not on each keystroke.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Article, ArticleChanges, ArticleStatus } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { isChangedElsewhere } from '../history/saveConflict';
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
  /** A save was refused because the article changed elsewhere: saving waits until the reporter decides. */
  conflicted: boolean;
  /** Keep mine: saved on top of the newer version, which stays in the history as a revision of its own. */
  keepMine: () => Promise<void>;
  /** The version the next save names as its base. */
  baseVersion: () => number;
  /** What is not saved yet, the body read from the editor; undefined when all is saved. */
  unsaved: () => ArticleChanges | undefined;
  /** Drops what is pending and saves no more: the article's content is being replaced (its text was kept). */
  discard: () => void;
}

export function useArticleDraft(initial: Article, currentEditor: () => Editor | null, onTouched: () => void = () => undefined): ArticleDraft {
  const [article, setArticle] = useState(initial);
  const [statusProblem, setStatusProblem] = useState<Problem>();
  // Every save names the version it was based on; a save refused as stale (changed elsewhere) holds the
  // autosave and raises the conflict notice. "Keep mine" seals the other text before saving over it.
  const baseVersion = useRef(initial.version);
  const [conflicted, setConflicted] = useState(false);
  const sealPrevious = useRef(false);

  // Told at every edit (cheap): the app stops treating a new article as one to discard.
  const touched = useRef(onTouched);
  touched.current = onTouched;
  const saver = useAutosave<PendingChanges>(async ({ body, ...changes }) => {
    const editor = currentEditor();
    const doc = body && editor ? (editor.getJSON() as DocNode) : undefined;
    const seal = sealPrevious.current ? { sealPrevious: true } : {};
    try {
      const saved = await api.updateArticle({ id: initial.id, baseVersion: baseVersion.current, ...seal, ...changes, ...(doc ? { body: doc } : {}) });
      baseVersion.current = saved.version;
      sealPrevious.current = false;
    } catch (failure) {
      if (isChangedElsewhere(failure)) {
        saver.hold();
        setConflicted(true);
      }
      throw failure;
    }
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
  const unsaved = useCallback((): ArticleChanges | undefined => {
    const pending = saver.unsavedChanges();
    if (!pending) return undefined;
    const { body, ...changes } = pending;
    const editor = currentEditor();
    return body && editor ? { ...changes, body: editor.getJSON() as DocNode } : changes;
  }, [saver, currentEditor]);
  // A closing window saves every open draft, and hands the shell the text first in case the save never ends.
  useEffect(() => registerOpenDraft({ articleId: initial.id, unsaved, flush }), [initial.id, unsaved, flush]);
  const keepMine = useCallback(async () => {
    baseVersion.current = (await api.getArticle({ id: initial.id })).version;
    sealPrevious.current = true;
    setConflicted(false);
    saver.resume();
    await saver.flush();
  }, [initial.id, saver]);
  const dismissStatusProblem = useCallback(() => setStatusProblem(undefined), []);
  const currentBase = useCallback(() => baseVersion.current, []);
  const discard = useCallback(() => saver.discard(), [saver]);
  return {
    article,
    saver,
    change,
    save,
    setStatus,
    statusProblem,
    dismissStatusProblem,
    flush,
    conflicted,
    keepMine,
    baseVersion: currentBase,
    unsaved,
    discard,
  };
}
