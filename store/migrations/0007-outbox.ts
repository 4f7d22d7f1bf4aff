import type { Database } from 'better-sqlite3';

// Filing from the field (outbox/): where stories go and what waits to go there.
// destinations: a name and a kind with its settings as JSON; never a secret in clear: `secret` says where the
// secret is kept (the OS keychain, an environment variable read at send time, or sealed by Electron's
// safeStorage, whose ciphertext only this user on this machine can open).
// outbox_items: one filing of one article to one destination. The article is frozen into `snapshot` when it is
// filed, so later edits never change what is sent; `key` is the item's idempotency key, sent to receivers
// that honour one, and the same on every attempt. `owner` is the process sending it (state 'sending'), so a
// sender killed mid-send is told apart from one still at work.
// destination_copies: what each destination already holds of an article (a folder entry, a WordPress post, a
// message id), so filing again replaces it instead of adding a second copy.
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE destinations (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      kind TEXT NOT NULL CHECK (kind IN ('folder', 'email', 'http', 'wordpress')),
      settings TEXT NOT NULL CHECK (json_valid(settings)),
      secret TEXT CHECK (secret IS NULL OR json_valid(secret)),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE outbox_items (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      key TEXT NOT NULL UNIQUE,
      article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
      article_uuid TEXT NOT NULL,
      headline TEXT NOT NULL,
      destination_id INTEGER NOT NULL REFERENCES destinations (id) ON DELETE CASCADE,
      snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
      state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      next_attempt_at TEXT NOT NULL,
      last_error TEXT CHECK (last_error IS NULL OR json_valid(last_error)),
      owner TEXT,
      queued_at TEXT NOT NULL,
      sending_since TEXT,
      sent_at TEXT,
      receipt TEXT
    ) STRICT;
    CREATE INDEX outbox_items_waiting ON outbox_items (state, destination_id, id);

    CREATE TABLE destination_copies (
      destination_id INTEGER NOT NULL REFERENCES destinations (id) ON DELETE CASCADE,
      article_uuid TEXT NOT NULL,
      remote_id TEXT NOT NULL,
      item_id INTEGER NOT NULL,
      PRIMARY KEY (destination_id, article_uuid)
    ) STRICT;
  `);
}
