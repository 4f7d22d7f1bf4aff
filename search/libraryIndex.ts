// Keeps what the library derives from an article for finding it (the two FTS5 rows and the word lists) in
// step with the article. ArticleStore calls it (as its ArticleIndexer port) inside the transaction of every
// save, trash, restore and delete. A trashed article is not indexed: search never finds the trash;
// restoring it indexes it again.
//
// A save does not rewrite the article's search rows itself: tokenizing and indexing a 5,000-word body costs
// several times the rest of the save, and an autosave comes every few seconds while the reporter types. The
// save records the article in `search_pending` (migration 9), in its own transaction, and the rows are
// rewritten from the stored article later, once for any number of saves: before the next search (so a search
// always sees every committed save, its own process's or another's), when the library has been idle for
// `idleMs`, at close, and at the next open after a crash. Trash and delete take the rows out at once.
import type { Database } from 'better-sqlite3';
import { documentFigures, documentToPlainText } from '../common/text/documentText';
import type { ArticleIndexer } from '../store/articleFollowers';
import { unpackBody, type StoredBody } from '../store/articleBody';
import { orderedTagsJson, type IndexedArticle } from '../store/articleRows';
import { writeTransaction } from '../store/writeTransaction';
import { indexedTexts } from './searchTokens';

/** The searchable columns, in the order of search_folded's columns. */
export const searchColumns = ['headline', 'sapo', 'body', 'captions', 'credits', 'tags'] as const;
export type SearchColumn = (typeof searchColumns)[number];

/** How long after a save, with no search meanwhile, its search rows are written. */
export const defaultIdleMs = 2000;

export function searchColumnTexts(article: IndexedArticle): Record<SearchColumn, string> {
  const figures = documentFigures(article.body);
  return {
    headline: article.headline,
    sapo: article.sapo,
    body: article.bodyText,
    captions: figures.map((figure) => figure.caption).filter(Boolean).join('\n'),
    credits: [article.creditNames, ...figures.map((figure) => figure.credit)].filter(Boolean).join('\n'),
    tags: article.tags.join('\n'),
  };
}

interface StoredArticle {
  id: number;
  headline: string;
  sapo: string;
  body: StoredBody;
  credit_names: string;
  tags: string | null;
  deleted_at: string | null;
}

const storedColumns = `id, headline, sapo, body, credit_names, ${orderedTagsJson} AS tags, deleted_at`;

function indexedArticle(row: StoredArticle): IndexedArticle {
  const body = unpackBody(row.body);
  return {
    headline: row.headline,
    sapo: row.sapo,
    bodyText: documentToPlainText(body),
    body,
    creditNames: row.credit_names,
    tags: row.tags ? (JSON.parse(row.tags) as string[]) : [],
  };
}

export class LibraryIndex implements ArticleIndexer {
  private readonly statements;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly idleMs = defaultIdleMs,
  ) {
    this.statements = {
      removeFolded: db.prepare<[number]>('DELETE FROM search_folded WHERE rowid = ?'),
      removeExact: db.prepare<[number]>('DELETE FROM search_exact WHERE rowid = ?'),
      insertFolded: db.prepare<[number, string, string, string, string, string, string]>(
        'INSERT INTO search_folded (rowid, headline, sapo, body, captions, credits, tags) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      insertExact: db.prepare<[number, string]>('INSERT INTO search_exact (rowid, words) VALUES (?, ?)'),
      // One statement for all of an article's words. INSERT OR IGNORE … SELECT opens no statement savepoint,
      // which would make FTS5 flush its pending terms to a new segment in the middle of a bulk import.
      addWords: db.prepare<[string]>('INSERT OR IGNORE INTO search_words (word) SELECT value FROM json_each(?)'),
      addMarkedWords: db.prepare<[string]>('INSERT OR IGNORE INTO search_marked_words (word) SELECT value FROM json_each(?)'),
      markPending: db.prepare<[number]>('INSERT OR IGNORE INTO search_pending (article_id) VALUES (?)'),
      unmarkPending: db.prepare<[number]>('DELETE FROM search_pending WHERE article_id = ?'),
      anyPending: db.prepare<[], { article_id: number }>('SELECT article_id FROM search_pending LIMIT 1'),
      pending: db.prepare<[], StoredArticle & { article_id: number }>(
        `SELECT search_pending.article_id, ${storedColumns} FROM search_pending LEFT JOIN articles ON articles.id = search_pending.article_id`,
      ),
      clearPending: db.prepare<[]>('DELETE FROM search_pending'),
    };
  }

  /** After an article's row was inserted, updated or restored: its search rows are due (see above). */
  articleSaved(id: number): void {
    this.statements.markPending.run(id);
    if (this.idleMs >= 0 && this.idleTimer === null) {
      // unref: a pending rewrite never keeps a process (the CLI) alive; close() writes it instead.
      this.idleTimer = setTimeout(() => this.flushWhenIdle(), this.idleMs).unref();
    }
  }

  /** Before an article goes to the trash or is deleted for good. */
  articleRemoved(id: number): void {
    this.remove(id);
    this.statements.unmarkPending.run(id);
  }

  /** Rewrites the search rows of every article saved since they were last written. */
  flush(): void {
    this.cancelIdle();
    if (!this.db.open || this.db.readonly || this.statements.anyPending.get() === undefined) return;
    writeTransaction(this.db, () => {
      // Read whole before writing: the connection cannot write while a statement is still iterating.
      for (const row of this.statements.pending.all()) {
        this.remove(row.article_id);
        if (row.id !== null && row.deleted_at === null) this.insert(row.article_id, indexedArticle(row));
      }
      this.statements.clearPending.run();
    });
  }

  /** Writes an article's search rows now (a bulk import, a rebuild), replacing any it had. */
  index(id: number, article: IndexedArticle): void {
    this.remove(id);
    this.insert(id, article);
  }

  /** Before the database closes: nothing is left pending, and no timer fires on a closed database. */
  close(): void {
    this.cancelIdle();
    this.flush();
  }

  private flushWhenIdle(): void {
    this.idleTimer = null;
    try {
      this.flush();
    } catch {
      // Busy (another process holds the write lock) or closing: the rows stay pending, and the next search
      // or close writes them, reporting any error to its caller.
    }
  }

  private cancelIdle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private insert(id: number, article: IndexedArticle): void {
    const columns = searchColumnTexts(article);
    const indexed = indexedTexts(searchColumns.map((column) => columns[column]));
    const [headline, sapo, body, captions, credits, tags] = indexed.texts.map((text) => text.folded) as [string, string, string, string, string, string];
    this.statements.insertFolded.run(id, headline, sapo, body, captions, credits, tags);
    this.statements.insertExact.run(id, indexed.texts.map((text) => text.exact).join(' '));
    // Words are never removed: a word no article holds any more only widens a prefix by a word with no hits.
    this.statements.addWords.run(JSON.stringify([...indexed.foldedWords]));
    this.statements.addMarkedWords.run(JSON.stringify([...indexed.markedWords]));
  }

  private remove(id: number): void {
    this.statements.removeFolded.run(id);
    this.statements.removeExact.run(id);
  }
}

/**
 * Merges each search index into a single b-tree: smaller and faster to query. Saves leave small segments
 * that FTS5's automerge folds together over time; a bulk import calls this once at the end.
 */
export function optimizeSearchIndex(db: Database): void {
  db.exec("INSERT INTO search_folded (search_folded) VALUES ('optimize'); INSERT INTO search_exact (search_exact) VALUES ('optimize');");
}

/** Re-derives every live article's index rows from what the library stores. Call in a transaction. */
export function rebuildLibraryIndex(db: Database): void {
  db.exec(
    "INSERT INTO search_folded (search_folded) VALUES ('delete-all'); INSERT INTO search_exact (search_exact) VALUES ('delete-all'); DELETE FROM search_words; DELETE FROM search_marked_words; DELETE FROM search_pending;",
  );
  const index = new LibraryIndex(db, -1);
  // In batches: the connection cannot write while a statement is still iterating.
  const batch = db.prepare<[number], StoredArticle>(`SELECT ${storedColumns} FROM articles WHERE id > ? ORDER BY id LIMIT 500`);
  for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)!.id)) {
    for (const row of rows) if (row.deleted_at === null) index.index(row.id, indexedArticle(row));
  }
}
