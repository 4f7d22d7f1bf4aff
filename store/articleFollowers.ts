// What the article store keeps in step with an article inside the transaction of every write, given to it by
// the composition root (library/openLibrary.ts): the store knows these two ports, never search/ or photos/.

import type { DocNode } from '../contract/schemas/document';
import type { IndexedArticle } from './articleRows';

/** The search index (search/libraryIndex.ts). */
export interface ArticleIndexer {
  /** After an article's row was inserted, updated or restored. */
  articleSaved(id: number, article: IndexedArticle): void;
  /** Before an article goes to the trash or is deleted for good. */
  articleRemoved(id: number): void;
}

/** Which photos a body uses (photos/articlePhotoLinks.ts). */
export interface ArticleBodyLinks {
  /** After a save that changed the body. */
  sync(articleId: number, body: DocNode): void;
}

export interface ArticleFollowers {
  index: ArticleIndexer;
  photoLinks: ArticleBodyLinks;
}
