// Queries whose SQL is assembled from filters come in a bounded number of shapes: each shape is prepared once.
import type { Database, Statement } from 'better-sqlite3';

export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  get(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
