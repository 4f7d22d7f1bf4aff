// The library: the open database and the services over it. One owner of writes per process.
// The composition root: it builds every service and hands each the ports it needs; no service imports it.
import type { Database } from 'better-sqlite3';
import { ArticlePhotoLinks } from '../photos/articlePhotoLinks';
import { PhotoStore } from '../photos/photoStore';
import { ArticleSearch } from '../search/articleSearch';
import { LibraryIndex } from '../search/libraryIndex';
import { LibraryQueries } from '../search/libraryQueries';
import { ArticleStore } from '../store/articleStore';
import { contentOf } from '../store/articleContent';
import { RevisionStore } from '../revisions/revisionStore';
import { reclaimCrashLeftovers } from './crashLeftovers';
import { openDatabase, type OpenOptions } from '../store/openDatabase';
import { SettingsStore } from '../store/settingsStore';
import { TrashRetention } from '../store/trashRetention';
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
  /** Every article's history: revisions, their content and differences. */
  readonly revisions: RevisionStore;
  /** How long the trash keeps an article, and the purge of those whose time is up. */
  readonly trash: TrashRetention;
  close(): void;
}

export interface LibraryOptions extends OpenOptions {
  /** Milliseconds since the epoch, for the saves and their revisions; a benchmark simulates hours with it. */
  clock?: () => number;
  /** The clock the trash's retention reads; tests inject one. */
  now?: () => Date;
}

export function openLibrary(dataDir: string, { clock, ...options }: LibraryOptions = {}): Library {
  const db = openDatabase(dataDir, options);
  reclaimCrashLeftovers(db, dataDir);
  const settings = new SettingsStore(db);
  const trash = new TrashRetention(db, settings, options.now);
  try {
    if (!db.readonly) {
      rebuildDerivedData(db);
      trash.purgeExpired();
    }
  } catch (error) {
    db.close();
    throw error;
  }
  // The history reads an open revision's content from the articles, which record into the history.
  const revisions: RevisionStore = new RevisionStore(db, (id) => contentOf(articles.get(id)));
  // Saves leave their search rows pending; the search writes them before it looks (search/libraryIndex.ts).
  const index = new LibraryIndex(db);
  const articles: ArticleStore = new ArticleStore(db, { index, photoLinks: new ArticlePhotoLinks(db), history: revisions }, clock);
  return {
    dataDir,
    db,
    articles,
    revisions,
    settings,
    photos: new PhotoStore(db, dataDir),
    queries: new LibraryQueries(db, (deletedAt) => trash.purgeAt(deletedAt)),
    search: new ArticleSearch(db, index),
    trash,
    close: () => {
      try {
        index.close();
      } finally {
        db.close();
      }
    },
  };
}
