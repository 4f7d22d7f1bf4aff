// Keeps what the library derives from an article for finding it (the two FTS5 rows and the word lists) in
// step with the article. ArticleStore calls it (as its ArticleIndexer port) inside the transaction of every
// save, trash, restore and delete, so the index can never disagree with a committed article. A trashed
// article is not indexed: search never finds the trash; restoring it indexes it again.
import type { Database } from 'better-sqlite3';
import { documentFigures } from '../common/text/documentText';
import type { DocNode } from '../contract/schemas/document';
import type { ArticleIndexer } from '../store/articleFollowers';
import { orderedTagsJson, type IndexedArticle } from '../store/articleRows';
import { indexedTexts } from './searchTokens';

/** The searchable columns, in the order of search_folded's columns. */
export const searchColumns = ['headline', 'sapo', 'body', 'captions', 'credits', 'tags'] as const;
export type SearchColumn = (typeof searchColumns)[number];

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

export class LibraryIndex implements ArticleIndexer {
  private readonly statements;

  constructor(db: Database) {
    this.statements = {
      trashed: db.prepare<[number], { deleted_at: string | null }>('SELECT deleted_at FROM articles WHERE id = ?'),
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
    };
  }

  /** After an article's row was inserted or updated: its index rows, unless it is in the trash. */
  articleSaved(id: number, article: IndexedArticle): void {
    this.remove(id);
    if (this.statements.trashed.get(id)?.deleted_at == null) this.insert(id, article);
  }

  /** Before an article goes to the trash or is deleted for good. */
  articleRemoved(id: number): void {
    this.remove(id);
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

interface StoredArticle {
  id: number;
  headline: string;
  sapo: string;
  body_text: string;
  body_json: string;
  credit_names: string;
  tags: string | null;
}

/** Re-derives every article's index rows from what the library stores. */
export function rebuildLibraryIndex(db: Database): void {
  db.exec("INSERT INTO search_folded (search_folded) VALUES ('delete-all'); INSERT INTO search_exact (search_exact) VALUES ('delete-all'); DELETE FROM search_words; DELETE FROM search_marked_words;");
  const index = new LibraryIndex(db);
  // In batches: the connection cannot write while a statement is still iterating.
  const batch = db.prepare<[number], StoredArticle>(`
    SELECT id, headline, sapo, body_text, body_json, credit_names, ${orderedTagsJson} AS tags
    FROM articles WHERE id > ? ORDER BY id LIMIT 500`);
  for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)!.id)) {
    for (const row of rows) {
      index.articleSaved(row.id, {
        headline: row.headline,
        sapo: row.sapo,
        bodyText: row.body_text,
        body: JSON.parse(row.body_json) as DocNode,
        creditNames: row.credit_names,
        tags: row.tags ? (JSON.parse(row.tags) as string[]) : [],
      });
    }
  }
}
