// How long a trashed article is kept before it is deleted for good, and the purge itself. The clock is
// injected so tests can move time; the app purges at every library open and then periodically.
import type { Database } from 'better-sqlite3';
import type { SettingsStore } from './settingsStore';
import { writeTransaction } from './writeTransaction';

const dayMs = 24 * 60 * 60 * 1000;

export class TrashRetention {
  private readonly purgeBefore;

  constructor(
    private readonly db: Database,
    private readonly settings: SettingsStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.purgeBefore = db.prepare<[string]>('DELETE FROM articles WHERE deleted_at IS NOT NULL AND deleted_at <= ?');
  }

  /** Days a trashed article is kept (the reporter's setting, 30 unless changed). */
  days(): number {
    return this.settings.trashRetentionDays();
  }

  /** When an article trashed at `deletedAt` will be purged. */
  purgeAt(deletedAt: string): string {
    return new Date(Date.parse(deletedAt) + this.days() * dayMs).toISOString();
  }

  /** Deletes, for good, every trashed article whose time is up; returns how many. */
  purgeExpired(): number {
    const cutoff = new Date(this.now().getTime() - this.days() * dayMs).toISOString();
    return writeTransaction(this.db, () => this.purgeBefore.run(cutoff).changes);
  }
}
