// Reads and writes articles. Every string is NFC before it reaches SQLite, and the plain-text body that
// search and counts use is derived here, in the same statement as the document it comes from.
import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { deepNfc, toNfc } from '../common/text/nfc';
import { documentToPlainText } from '../common/text/documentText';
import { emptyDocument, type DocNode } from '../contract/schemas/document';
import type { Article, ArticleStatus, ArticleSummary } from '../contract/schemas/article';

interface ArticleRow {
  id: number;
  uuid: string;
  headline: string;
  body_json: string;
  status: ArticleStatus;
  created_at: string;
  updated_at: string;
}

type SummaryRow = Omit<ArticleRow, 'uuid' | 'body_json'>;

export interface ArticleChanges {
  headline?: string;
  body?: DocNode;
}

export class ArticleStore {
  private readonly statements: {
    list: Statement<[], SummaryRow>;
    get: Statement<[number], ArticleRow>;
    insert: Statement<[string, string, string, string, string, string]>;
    update: Statement<{ id: number; headline: string; body_json: string; body_text: string; updated_at: string }>;
    remove: Statement<[number]>;
    latestChange: Statement<[], { latest: string | null }>;
  };

  constructor(private readonly db: Database) {
    this.statements = {
      list: db.prepare('SELECT id, headline, status, created_at, updated_at FROM articles ORDER BY updated_at DESC, id DESC'),
      get: db.prepare('SELECT id, uuid, headline, body_json, status, created_at, updated_at FROM articles WHERE id = ?'),
      insert: db.prepare(
        'INSERT INTO articles (uuid, headline, body_json, body_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      update: db.prepare(
        'UPDATE articles SET headline = @headline, body_json = @body_json, body_text = @body_text, updated_at = @updated_at WHERE id = @id',
      ),
      remove: db.prepare('DELETE FROM articles WHERE id = ?'),
      latestChange: db.prepare('SELECT max(updated_at) AS latest FROM articles'),
    };
  }

  list(): ArticleSummary[] {
    return this.statements.list.all().map(toSummary);
  }

  create(fields: ArticleChanges = {}): Article {
    const now = this.nextChangeTime();
    const headline = toNfc(fields.headline ?? '');
    const body = deepNfc(fields.body ?? emptyDocument);
    const result = this.statements.insert.run(randomUUID(), headline, JSON.stringify(body), documentToPlainText(body), now, now);
    return this.get(Number(result.lastInsertRowid));
  }

  get(id: number): Article {
    const row = this.statements.get.get(id);
    if (!row) throw new NewsdeskError('articleNotFound', { id }, `no article with id ${id}`);
    return { ...toSummary(row), uuid: row.uuid, body: JSON.parse(row.body_json) as DocNode };
  }

  update(id: number, changes: ArticleChanges): ArticleSummary {
    return this.db.transaction(() => {
      const current = this.get(id);
      const body = changes.body === undefined ? current.body : deepNfc(changes.body);
      this.statements.update.run({
        id,
        headline: changes.headline === undefined ? current.headline : toNfc(changes.headline),
        body_json: JSON.stringify(body),
        body_text: documentToPlainText(body),
        // Later than every change in the library, not just this article's: the list orders by it.
        updated_at: this.nextChangeTime(),
      });
      return toSummary(this.statements.get.get(id)!);
    })();
  }

  /** Later than every change in the library, not just this article's: the list orders by it. */
  private nextChangeTime(): string {
    const latest = this.statements.latestChange.get()?.latest;
    return latest ? laterThan(latest) : new Date().toISOString();
  }

  delete(id: number): void {
    const result = this.statements.remove.run(id);
    if (result.changes === 0) throw new NewsdeskError('articleNotFound', { id }, `no article with id ${id}`);
  }

  /** The derived plain text, as stored: what search and word counts read. */
  plainText(id: number): string {
    const row = this.db.prepare<[number], { body_text: string }>('SELECT body_text FROM articles WHERE id = ?').get(id);
    if (!row) throw new NewsdeskError('articleNotFound', { id }, `no article with id ${id}`);
    return row.body_text;
  }
}

function toSummary(row: SummaryRow): ArticleSummary {
  return { id: row.id, headline: row.headline, status: row.status, created: row.created_at, updated: row.updated_at };
}

/** Two saves in the same millisecond must still order: "last change" never goes backwards or ties. */
function laterThan(previous: string): string {
  const now = Date.now();
  const floor = Date.parse(previous) + 1;
  return new Date(Math.max(now, floor)).toISOString();
}
