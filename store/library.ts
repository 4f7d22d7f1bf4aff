// The library: the open database and the stores over it. One owner of writes per process.
import type { Database } from 'better-sqlite3';
import { PhotoStore } from '../photos/photoStore';
import { ArticleSearch } from '../search/articleSearch';
import { LibraryQueries } from '../search/libraryQueries';
import { ArticleStore } from './articleStore';
import { reclaimCrashLeftovers } from './crashLeftovers';
import { openDatabase, type OpenOptions } from './openDatabase';
import { SettingsStore } from './settingsStore';

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
  return {
    dataDir,
    db,
    articles: new ArticleStore(db),
    settings: new SettingsStore(db),
    photos: new PhotoStore(db, dataDir),
    queries: new LibraryQueries(db),
    search: new ArticleSearch(db),
    close: () => db.close(),
  };
}
