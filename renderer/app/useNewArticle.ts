// "New article" and its trap: a new article nobody has typed into yet is discarded when it is left
// (issue #16), so the library does not fill with empty "Untitled" drafts.
import { useCallback, useEffect, useRef } from 'react';
import { api } from '../api/apiClient';
import type { Route } from './useHashRoute';

export interface NewArticle {
  createArticle: () => Promise<void>;
  /** The editor saw a first change: the article is kept from now on. */
  markTouched: (articleId: number) => void;
}

export function useNewArticle(route: Route, navigate: (route: Route) => void, onDiscarded: () => void): NewArticle {
  const untouchedNew = useRef<number | undefined>(undefined);
  const createArticle = useCallback(async () => {
    const article = await api.createArticle({});
    untouchedNew.current = article.id;
    navigate({ screen: 'editor', articleId: article.id });
  }, [navigate]);

  const openArticle = route.screen === 'editor' ? route.articleId : undefined;
  const discarded = useRef(onDiscarded);
  discarded.current = onDiscarded;
  useEffect(() => {
    const id = untouchedNew.current;
    if (id === undefined || id === openArticle) return;
    untouchedNew.current = undefined;
    // The main process checks again that it is untouched; a refusal (already gone) leaves nothing to show.
    void api.discardUntouchedArticle({ id }).then(({ discarded: gone }) => gone && discarded.current(), () => undefined);
  }, [openArticle]);

  const markTouched = useCallback((articleId: number) => {
    if (untouchedNew.current === articleId) untouchedNew.current = undefined;
  }, []);
  return { createArticle, markTouched };
}
