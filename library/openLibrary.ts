// The composition root: opens the database and builds every service over it, wiring each to the narrow
// ports it needs (the article store is handed the search index and the photo links it keeps in step). It
// sits above the services and below the handlers, the CLI and the shell, which take the whole Library;
// the services themselves never import it. One owner of writes per process.
import type { Database } from 'better-sqlite3';
import { ArticlePhotoLinks } from '../photos/articlePhotoLinks';
import { PhotoStore } from '../photos/photoStore';
import { ArticleSearch } from '../search/articleSearch';
import { LibraryIndex, rebuildLibraryIndex } from '../search/libraryIndex';
import { LibraryQueries } from '../search/libraryQueries';
import { ArticleStore } from '../store/articleStore';
import { openDatabase, type OpenOptions } from '../store/openDatabase';
import { clearRebuildRequest, rebuildRequested } from '../store/rebuildRequests';
import { SettingsStore } from '../store/settingsStore';
import { writeTransaction } from '../store/writeTransaction';

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
  try {
    if (!options.readonly) rebuildWhatMigrationsAsked(db);
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

/** What a migration asked to be rebuilt, rebuilt by today's code; of two processes, the second finds it done. */
function rebuildWhatMigrationsAsked(db: Database): void {
  if (!rebuildRequested(db, 'searchIndex')) return;
  writeTransaction(db, () => {
    if (!rebuildRequested(db, 'searchIndex')) return;
    rebuildLibraryIndex(db);
    clearRebuildRequest(db, 'searchIndex');
  });
}
