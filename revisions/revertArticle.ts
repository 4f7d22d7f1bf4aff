// Revert: a revision's content made current, as a new revision. The text it replaces is sealed and kept first
// (the policy marks the revision before a replacing change), so a revert is itself undone by another.
import type { Article } from '../contract/schemas/article';
import type { ArticleStore } from '../store/articleStore';
import type { RevisionStore } from './revisionStore';

export function revertArticle(
  articles: Pick<ArticleStore, 'update' | 'get'>,
  revisions: Pick<RevisionStore, 'get'>,
  { id, revision, baseVersion }: { id: number; revision: number; baseVersion?: number },
): Article {
  const { content } = revisions.get(id, revision);
  articles.update(id, content, { reason: 'revert', restoredFrom: revision, ...(baseVersion !== undefined ? { baseVersion } : {}) });
  return articles.get(id);
}
