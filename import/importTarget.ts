// Where an import puts what it read: a new article in the library, and the photos its file brought into the
// photo store; it reads the library only to tell the reporter when the same content is already there. The
// composition root's Library satisfies it.
import type { PhotoStore } from '../photos/photoStore';
import type { ArticleStore } from '../store/articleStore';

export interface ImportTarget {
  articles: Pick<ArticleStore, 'create' | 'list' | 'get' | 'update'>;
  /** Without a photo store, pictures leave their figures waiting for photos. */
  photos?: Pick<PhotoStore, 'importPhotos'>;
}
