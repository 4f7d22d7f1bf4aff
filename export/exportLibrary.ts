// What the export service reads from the library, and nothing more: one article, the records and files of its
// photos, and its own tables (what it put where, its staging folders). The composition root's Library
// satisfies it; a test may hand in anything that does.
import type { Database } from 'better-sqlite3';
import type { ArticleStore } from '../store/articleStore';
import type { StoredPhotos } from './photos/exportPhotoSource';

/** Articles as an export reads them: by id, never a write. */
export type ArticleSource = Pick<ArticleStore, 'get'>;

export interface ExportLibrary {
  articles: ArticleSource;
  photos: StoredPhotos;
  /** For the tables export owns and nothing else: export_records and export_staging. */
  db: Database;
}
