import type { Database } from 'better-sqlite3';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { migrations as allMigrations, type Migration } from './migrations/index';

export class DatabaseTooNewError extends NewsdeskError {
  constructor(path: string, found: number, known: number) {
    super('databaseTooNew', { path, found, known }, `database schema ${found} is newer than this Newsdesk knows (${known})`);
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertKnownVersion(db: Database, list: readonly Migration[] = allMigrations): void {
  const known = list.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > known) throw new DatabaseTooNewError(db.name, current, known);
}

/**
 * Applies every pending migration, up to `target`, in one transaction: a library is either fully at the new
 * version or untouched at the old one.
 */
export function migrate(db: Database, options: { target?: number; migrations?: readonly Migration[] } = {}): number {
  const list = options.migrations ?? allMigrations;
  assertOrdered(list);
  const known = list.at(-1)?.version ?? 0;
  const target = options.target ?? known;
  assertKnownVersion(db, list);
  if (!list.some((m) => m.version > schemaVersion(db) && m.version <= target)) return schemaVersion(db);
  // IMMEDIATE takes the write lock first and the version is read again under it: of two processes opening
  // a library at once, the second waits and then finds nothing left to do.
  db.transaction(() => {
    assertKnownVersion(db, list);
    const current = schemaVersion(db);
    for (const migration of list.filter((m) => m.version > current && m.version <= target)) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return schemaVersion(db);
}

function assertOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}
