// An article's content: what a revision holds and a revert or an update from a file writes back (not its
// status, language or identity).
import type { Article } from '../contract/schemas/article';
import type { ArticleContent } from '../contract/schemas/revision';

export function contentOf(article: Article): ArticleContent {
  const { headline, sapo, body, dateline, credit, section, tags, targetWords } = article;
  return { headline, sapo, body, dateline, credit, section, tags, targetWords };
}
