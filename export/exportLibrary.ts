// What the export service reads from the library, and nothing more: one article, and the records and files
// of its photos. The composition root's Library satisfies it; a test may hand in anything that does.
import type { ArticleStore } from '../store/articleStore';
import type { StoredPhotos } from './photos/exportPhotoSource';

/** Articles as an export reads them: by id, never a write. */
export type ArticleSource = Pick<ArticleStore, 'get'>;

export interface ExportLibrary {
  articles: ArticleSource;
  photos: StoredPhotos;
}
