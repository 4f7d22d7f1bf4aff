// What the article store keeps in step with an article inside the transaction of every write, given to it by
// the composition root (library/openLibrary.ts): the store knows these two ports, never search/ or photos/.

import type { DocNode } from '../contract/schemas/document';
import type { ArticleContent, RevisionReason } from '../contract/schemas/revision';

/** The search index (search/libraryIndex.ts). */
export interface ArticleIndexer {
  /** After an article's row was inserted, updated or restored: the index reads the stored article. */
  articleSaved(id: number): void;
  /** Before an article goes to the trash or is deleted for good. */
  articleRemoved(id: number): void;
}

/** Which photos a body uses (photos/articlePhotoLinks.ts). */
export interface ArticleBodyLinks {
  /** After a save that changed the body. */
  sync(articleId: number, body: DocNode): void;
}

/** A write of an article, as its history (revisions/revisionStore.ts) records it. */
export interface RecordedChange {
  reason: Exclude<RevisionReason, 'earlier'>;
  label?: string;
  /** For a revert: the revision restored. */
  restoredFrom?: number;
  /** The text before is another writer's: keep it as a revision of its own. */
  sealPrevious?: boolean;
  /** The write's time (ISO). */
  at: string;
  /** The content before the write and when it was written; null for a new article. */
  before: ArticleContent | null;
  beforeAt: string | null;
  after: ArticleContent;
  wordsBefore: number;
  wordsAfter: number;
}

/** The article's history (revisions/). */
export interface ArticleHistory {
  /** After every write of an article (creation, a save, a status change, a label), in its transaction. */
  recorded(id: number, change: RecordedChange): void;
}

export interface ArticleFollowers {
  index: ArticleIndexer;
  photoLinks: ArticleBodyLinks;
  history: ArticleHistory;
}
