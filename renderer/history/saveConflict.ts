// Two editors, one article: a save based on a stale version is refused as `articleChangedElsewhere`. Loading
// the newer text first saves the reporter's own on top of it (sealing the newer one as a revision), then
// restores that newer revision: both texts stay in the history, and nothing typed is lost.
import type { Article, ArticleChanges } from '../../contract/schemas/article';
import { ApiError } from '../../contract/envelope';
import { api } from '../api/apiClient';

export function isChangedElsewhere(failure: unknown): boolean {
  return failure instanceof ApiError && failure.code === 'articleChangedElsewhere';
}

/** The newer text, made current again after the reporter's own was kept as a revision; returns the article. */
export async function loadNewerText(id: number, mine: ArticleChanges | undefined): Promise<Article> {
  const newer = await api.getArticle({ id });
  if (!mine || Object.keys(mine).length === 0) return newer;
  const saved = await api.updateArticle({ id, baseVersion: newer.version, sealPrevious: true, ...mine });
  // The save sealed the newer text as the revision before its own.
  const revisions = await api.listRevisions({ id });
  const theirs = revisions.at(-2);
  if (!theirs) return api.getArticle({ id });
  return api.revertArticle({ id, revision: theirs.revision, baseVersion: saved.version });
}
