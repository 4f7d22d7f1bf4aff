// Where an import puts what it read: a new article in the library, and nothing else. The composition root's
// Library satisfies it.
import type { ArticleStore } from '../store/articleStore';

export interface ImportTarget {
  articles: Pick<ArticleStore, 'create'>;
}
