// The calls of a held close: the renderer hands over its unsaved text, saves it, and confirms; the shell's
// close guard holds the window meanwhile and writes the text aside when no confirmation comes in time. And the
// calls that offer such a recovered draft back at the next start.
import { deepNfc } from '../common/text/nfc';
import { NewsdeskError } from '../common/errors/newsdeskError';
import type { Article, ArticleChanges, ArticleSummary } from '../contract/schemas/article';
import { DraftRecovery, type StoredDraft } from '../library/draftRecovery';
import type { Library } from '../library/openLibrary';
import type { HandlerTable } from './handlerTypes';

export type DraftHandlers = Pick<
  HandlerTable,
  'holdPendingDraft' | 'confirmDraftsSaved' | 'listRecoveredDrafts' | 'restoreRecoveredDraft' | 'dismissRecoveredDraft'
>;

/** The shell's side of a held close (electron/closeGuard.ts); the browser harness has none. */
export interface CloseHold {
  hold(requestId: number, articleId: number, changes: ArticleChanges): boolean;
  confirm(requestId: number): boolean;
}

export function createDraftHandlers(
  library: Library,
  saveArticle: (id: number, changes: ArticleChanges, options: { sealPrevious: boolean }) => ArticleSummary,
  closeHold?: CloseHold,
): DraftHandlers {
  const recovery = new DraftRecovery(library.dataDir);
  return {
    holdPendingDraft: ({ requestId, articleId, changes }) => ({ held: closeHold?.hold(requestId, articleId, changes) ?? false }),
    confirmDraftsSaved: ({ requestId }) => ({ released: closeHold?.confirm(requestId) ?? false }),
    listRecoveredDrafts: () =>
      recovery.list().flatMap((draft) => {
        const article = currentArticle(library, draft.articleId);
        // A draft whose article is gone, or whose text made it into the library after all, has nothing to offer.
        if (!article || alreadySaved(article, draft)) {
          recovery.remove(draft.articleId);
          return [];
        }
        return [{ articleId: draft.articleId, headline: draft.changes.headline ?? article.headline, savedAt: draft.savedAt }];
      }),
    restoreRecoveredDraft: ({ articleId }) => {
      const draft = recovery.get(articleId);
      if (!draft) throw new NewsdeskError('recoveredDraftNotFound', { id: articleId }, `no recovered draft for article ${articleId}`);
      // The text the draft replaces may be another window's, saved after this one closed: keep it in history.
      const summary = saveArticle(articleId, draft.changes, { sealPrevious: true });
      recovery.remove(articleId);
      return summary;
    },
    dismissRecoveredDraft: ({ articleId }) => ({ dismissed: recovery.remove(articleId) }),
  };
}

function currentArticle(library: Library, id: number): Article | undefined {
  try {
    return library.articles.get(id);
  } catch (error) {
    if (error instanceof NewsdeskError && error.code === 'articleNotFound') return undefined;
    throw error;
  }
}

function alreadySaved(article: Article, draft: StoredDraft): boolean {
  return Object.entries(deepNfc(draft.changes)).every(
    ([key, value]) => JSON.stringify(value) === JSON.stringify(article[key as keyof Article]),
  );
}
