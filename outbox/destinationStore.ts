// The destinations table: names, kinds and settings (never a secret: only where it is kept).
import type { Database } from 'better-sqlite3';
import { destinationName, destinationSettingsSchema, type Destination, type DestinationSettings } from '../contract/schemas/outbox';
import { outboxErrors } from './outboxErrors';
import type { SecretRef } from './secrets/secretVault';

interface DestinationRow {
  id: number;
  name: string;
  kind: Destination['kind'];
  settings: string;
  secret: string | null;
}

export class DestinationStore {
  constructor(private readonly db: Database) {}

  list(): Destination[] {
    return this.db.prepare<[], DestinationRow>('SELECT * FROM destinations ORDER BY name').all().map(toDestination);
  }

  /** Names match whatever their case, Vietnamese letters included (SQLite's NOCASE folds ASCII only). */
  byName(name: string): Destination {
    const row = this.find(name);
    if (!row) throw outboxErrors.destinationNotFound(name);
    return toDestination(row);
  }

  private find(name: string): DestinationRow | undefined {
    const key = nameKey(destinationName.parse(name));
    return this.db.prepare<[], DestinationRow>('SELECT * FROM destinations').all().find((row) => nameKey(row.name) === key);
  }

  byId(id: number): Destination | undefined {
    const row = this.db.prepare<[number], DestinationRow>('SELECT * FROM destinations WHERE id = ?').get(id);
    return row && toDestination(row);
  }

  /** Adds a destination; the settings must already have passed `checkDestination`. */
  add(name: string, settings: DestinationSettings, secret: SecretRef): Destination {
    const clean = destinationName.parse(name);
    const parsed = destinationSettingsSchema.parse(settings);
    if (this.find(clean)) throw outboxErrors.destinationExists(clean);
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO destinations (name, kind, settings, secret, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(clean, parsed.kind, JSON.stringify(parsed), JSON.stringify(secret), new Date().toISOString());
    return this.byId(Number(lastInsertRowid))!;
  }

  /** Removes it and, with it, whatever still waits to go there. Returns where its secret was. */
  remove(name: string): SecretRef {
    const destination = this.byName(name);
    this.db.prepare('DELETE FROM destinations WHERE id = ?').run(destination.id);
    return destination.secret;
  }
}

function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}

function toDestination(row: DestinationRow): Destination {
  const settings = destinationSettingsSchema.parse(JSON.parse(row.settings));
  const secret = row.secret ? (JSON.parse(row.secret) as SecretRef) : { store: 'none' as const };
  return { id: row.id, name: row.name, kind: row.kind, settings, secret: { ...secret } };
}
