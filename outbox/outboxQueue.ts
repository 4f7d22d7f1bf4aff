// The outbox table: one row per filing. Every change of state is its own IMMEDIATE transaction, committed
// before the next step, so a process killed at any point leaves a row that says what it knew: 'sending' with
// its owner means "may have reached the receiver", and the next sender resumes it with the same idempotency
// key instead of starting a second delivery.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Article } from '../contract/schemas/article';
import type { OutboxItem, OutboxError, OutboxState } from '../contract/schemas/outbox';
import { writeTransaction } from '../store/writeTransaction';
import { outboxErrors } from './outboxErrors';

export interface QueueRow {
  id: number;
  key: string;
  article_id: number | null;
  article_uuid: string;
  headline: string;
  destination_id: number;
  snapshot: string;
  /** The article's revision the item sends (null: filed before filings were revisions). */
  revision: number | null;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  owner: string | null;
  queued_at: string;
  sending_since: string | null;
  sent_at: string | null;
  receipt: string | null;
}

/** A sender that has not finished within this long is taken for dead even if its pid lives on (reused). */
const leaseMs = 30 * 60_000;

export class OutboxQueue {
  constructor(private readonly db: Database) {}

  /** Queues the frozen article; an older filing of it to the same place that has not gone yet is superseded. */
  enqueue(article: Article, revision: number, destinationId: number, now: Date): number {
    return writeTransaction(this.db, () => {
      this.db
        .prepare("UPDATE outbox_items SET state = 'cancelled', owner = NULL WHERE article_uuid = ? AND destination_id = ? AND state IN ('queued', 'failed')")
        .run(article.uuid, destinationId);
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO outbox_items (key, article_id, article_uuid, headline, destination_id, snapshot, revision, state, next_attempt_at, queued_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
        )
        .run(randomUUID(), article.id, article.uuid, article.headline, destinationId, JSON.stringify(article), revision, now.toISOString(), now.toISOString());
      return Number(lastInsertRowid);
    });
  }

  row(id: number): QueueRow {
    const row = this.db.prepare<[number], QueueRow>('SELECT * FROM outbox_items WHERE id = ?').get(id);
    if (!row) throw outboxErrors.itemNotFound(id);
    return row;
  }

  /**
   * What may be attempted now: per destination, its oldest waiting item, unless one of its items is being
   * sent by a live process (one item per destination at a time). `all` ignores the backoff (`outbox send`).
   */
  due(now: Date, options: { all?: boolean; except?: ReadonlySet<number> } = {}): QueueRow[] {
    const rows = this.db
      .prepare<[], QueueRow>("SELECT * FROM outbox_items WHERE state IN ('queued', 'sending') ORDER BY destination_id, id")
      .all();
    const busy = new Set(rows.filter((row) => row.state === 'sending' && !isAbandoned(row, now)).map((row) => row.destination_id));
    // In order within a destination: a later item never overtakes one still waiting out its backoff.
    const decided = new Set<number>(busy);
    const picked: QueueRow[] = [];
    for (const row of rows) {
      if (decided.has(row.destination_id)) continue;
      decided.add(row.destination_id);
      if (options.except?.has(row.id)) continue;
      if (row.state === 'sending' || options.all || row.next_attempt_at <= now.toISOString()) picked.push(row);
    }
    return picked;
  }

  /** Takes the item for this process, re-checking under the write lock; false when another got there first. */
  claim(id: number, owner: string, now: Date): QueueRow | undefined {
    return writeTransaction(this.db, () => {
      const row = this.row(id);
      const free = row.state === 'queued' || (row.state === 'sending' && isAbandoned(row, now));
      if (!free) return undefined;
      const other = this.db
        .prepare<[number, number], QueueRow>("SELECT * FROM outbox_items WHERE destination_id = ? AND state = 'sending' AND id <> ?")
        .all(row.destination_id, id)
        .some((candidate) => !isAbandoned(candidate, now));
      if (other) return undefined;
      this.db
        .prepare("UPDATE outbox_items SET state = 'sending', owner = ?, sending_since = ?, attempts = attempts + 1 WHERE id = ?")
        .run(owner, now.toISOString(), id);
      return this.row(id);
    });
  }

  /** Delivered: recorded with what the destination now holds of the article, in one transaction. */
  markSent(id: number, receipt: string, remoteId: string, now: Date, alsoWithin?: () => void): void {
    writeTransaction(this.db, () => {
      const row = this.row(id);
      this.db
        .prepare("UPDATE outbox_items SET state = 'sent', owner = NULL, sent_at = ?, receipt = ?, last_error = NULL WHERE id = ?")
        .run(now.toISOString(), receipt, id);
      this.db
        .prepare(
          `INSERT INTO destination_copies (destination_id, article_uuid, remote_id, item_id) VALUES (?, ?, ?, ?)
           ON CONFLICT (destination_id, article_uuid) DO UPDATE SET remote_id = excluded.remote_id, item_id = excluded.item_id`,
        )
        .run(row.destination_id, row.article_uuid, remoteId, id);
      alsoWithin?.();
    });
  }

  /** A transient failure: back to the queue, to be tried at `at`. A cancel while sending wins. */
  markRetry(id: number, error: OutboxError, at: Date): void {
    this.db
      .prepare("UPDATE outbox_items SET state = 'queued', owner = NULL, next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'sending'")
      .run(at.toISOString(), JSON.stringify(error), id);
  }

  markFailed(id: number, error: OutboxError): void {
    this.db
      .prepare("UPDATE outbox_items SET state = 'failed', owner = NULL, last_error = ? WHERE id = ? AND state = 'sending'")
      .run(JSON.stringify(error), id);
  }

  /** What the destination holds of this article already (its id there), if anything. */
  copyAt(destinationId: number, articleUuid: string): string | undefined {
    return this.db
      .prepare<[number, string], { remote_id: string }>('SELECT remote_id FROM destination_copies WHERE destination_id = ? AND article_uuid = ?')
      .get(destinationId, articleUuid)?.remote_id;
  }

  /** By hand: a failed (or cancelled) item goes back to the queue, to be tried at once. */
  retry(id: number, now: Date): void {
    const row = this.row(id);
    if (row.state !== 'failed' && row.state !== 'cancelled' && row.state !== 'queued') return;
    this.db.prepare("UPDATE outbox_items SET state = 'queued', next_attempt_at = ? WHERE id = ?").run(now.toISOString(), id);
  }

  /** By hand: a waiting or failed item will not be sent. One being sent right now finishes its attempt. */
  cancel(id: number): void {
    const row = this.row(id);
    if (row.state === 'queued' || row.state === 'failed') this.db.prepare("UPDATE outbox_items SET state = 'cancelled' WHERE id = ?").run(id);
  }

  list(destinationName: (id: number) => { name: string; kind: OutboxItem['destinationKind'] }): OutboxItem[] {
    return this.db
      .prepare<[], QueueRow>('SELECT * FROM outbox_items ORDER BY id DESC')
      .all()
      .map((row) => {
        const destination = destinationName(row.destination_id);
        return {
          id: row.id,
          article: row.article_id,
          revision: row.revision,
          headline: row.headline,
          destination: destination.name,
          destinationKind: destination.kind,
          state: row.state,
          attempts: row.attempts,
          error: row.last_error ? (JSON.parse(row.last_error) as OutboxError) : null,
          queuedAt: row.queued_at,
          nextAttemptAt: row.state === 'queued' ? row.next_attempt_at : null,
          sentAt: row.sent_at,
          receipt: row.receipt,
        };
      });
  }

  /** Items still to go: the badge's count. */
  waitingCount(): number {
    return this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM outbox_items WHERE state IN ('queued', 'sending')").get()!.n;
  }
}

/** A process id and a start time: `pid:uuid`. */
export function newOwner(): string {
  return `${process.pid}:${randomUUID()}`;
}

function isAbandoned(row: QueueRow, now: Date): boolean {
  if (row.state !== 'sending') return false;
  if (row.sending_since && now.getTime() - Date.parse(row.sending_since) > leaseMs) return true;
  const pid = Number(row.owner?.split(':')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return !ownedHere.has(row.owner!);
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Owners alive in this process: a row owned by this pid but by none of these is left from a killed run of a reused pid. */
export const ownedHere = new Set<string>();
