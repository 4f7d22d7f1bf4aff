import type { Database } from 'better-sqlite3';

// Preferences live in the library, not in browser storage, so the Electron menu and the CLI read the same
// choice the renderer made.
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
