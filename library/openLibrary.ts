// The library: the open database and the services over it. One owner of writes per process.
// The composition root: it builds every service and hands each the ports it needs; no service imports it.
import type { Database } from 'better-sqlite3';
import { ArticlePhotoLinks } from '../photos/articlePhotoLinks';
import { PhotoStore } from '../photos/photoStore';
import { ArticleSearch } from '../search/articleSearch';
import { LibraryIndex } from '../search/libraryIndex';
import { LibraryQueries } from '../search/libraryQueries';
import { ArticleStore } from '../store/articleStore';
import { reclaimCrashLeftovers } from './crashLeftovers';
import { openDatabase, type OpenOptions } from '../store/openDatabase';
import { SettingsStore } from '../store/settingsStore';
import { rebuildDerivedData } from './rebuildDerivedData';

export interface Library {
  readonly dataDir: string;
  readonly db: Database;
  readonly articles: ArticleStore;
  readonly settings: SettingsStore;
  readonly photos: PhotoStore;
  /** The library list: sorted, filtered pages, the trash, sections and tags. */
  readonly queries: LibraryQueries;
  readonly search: ArticleSearch;
  close(): void;
}

export function openLibrary(dataDir: string, options: OpenOptions = {}): Library {
  const db = openDatabase(dataDir, options);
  reclaimCrashLeftovers(db, dataDir);
  try {
    if (!db.readonly) rebuildDerivedData(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    dataDir,
    db,
    articles: new ArticleStore(db, { index: new LibraryIndex(db), photoLinks: new ArticlePhotoLinks(db) }),
    settings: new SettingsStore(db),
    photos: new PhotoStore(db, dataDir),
    queries: new LibraryQueries(db),
    search: new ArticleSearch(db),
    close: () => db.close(),
  };
}
