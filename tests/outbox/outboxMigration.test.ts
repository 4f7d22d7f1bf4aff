// The outbox's migration (file 0007): its version is whatever index.ts gives it, so renumbering at a merge
// changes nothing here.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../store/migrate';
import { migrations } from '../../store/migrations/index';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-outbox-migration');
const outboxMigration = migrations.find((migration) => migration.name === 'outbox')!;

describe('the outbox migration', () => {
  it('is registered, and adds the destinations, the queue and what each destination holds', () => {
    expect(outboxMigration).toBeDefined();
    const db = new Database(path.join(tempDir(), 'library.sqlite'));
    try {
      migrate(db, { target: outboxMigration.version - 1 });
      const before = tables(db);
      expect(before).not.toContain('outbox_items');
      migrate(db, { target: outboxMigration.version });
      expect(schemaVersion(db)).toBe(outboxMigration.version);
      expect(tables(db).filter((name) => !before.includes(name)).sort()).toEqual(['destination_copies', 'destinations', 'outbox_items']);
      db.prepare("INSERT INTO destinations (name, kind, settings, created_at) VALUES ('USB', 'folder', '{}', 'now')").run();
      expect(() => db.prepare("INSERT INTO destinations (name, kind, settings, created_at) VALUES ('usb', 'folder', '{}', 'now')").run()).toThrow(/UNIQUE/);
      expect(() => db.prepare("INSERT INTO destinations (name, kind, settings, created_at) VALUES ('Fax', 'fax', '{}', 'now')").run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});

function tables(db: Database.Database): string[] {
  return db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => row.name);
}
