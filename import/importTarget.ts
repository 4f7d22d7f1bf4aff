// Where an import puts what it read: a new article in the library, and nothing else; it reads the library only
// to tell the reporter when the same content is already there. The composition root's Library satisfies it.
import type { ArticleStore } from '../store/articleStore';

export interface ImportTarget {
  articles: Pick<ArticleStore, 'create' | 'list' | 'get'>;
}
