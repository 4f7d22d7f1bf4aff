// Works the queue: each due item is claimed (recorded as 'sending' by this process before anything leaves),
// handed to its destination kind's sender, then recorded as sent, to be retried (backoff with jitter) or
// failed. Destinations are worked side by side, one item each at a time. An item found 'sending' by a process
// that died is resumed with the same key and the receiver's id of what it may already hold, so it is
// replaced or recognised there, never added twice.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../contract/schemas/article';
import type { DestinationKind, OutboxError, OutboxState } from '../contract/schemas/outbox';
import { backoffDelay } from './backoff';
import type { DestinationStore } from './destinationStore';
import { isPermanent, recordedError } from './outboxErrors';
import type { ArticleSnapshotSource, ExportPackageWriter } from './outboxPorts';
import { newOwner, ownedHere, type OutboxQueue, type QueueRow } from './outboxQueue';
import type { SecretVault } from './secrets/secretVault';
import type { Sender } from './senders/sender';

export interface AttemptOutcome {
  id: number;
  headline: string;
  destination: string;
  state: OutboxState;
  attempts: number;
  receipt?: string;
  error?: OutboxError;
  /** When a transient failure will be tried again. */
  nextAttemptAt?: string;
}

export interface WorkerDeps {
  destinations: DestinationStore;
  queue: OutboxQueue;
  articles: ArticleSnapshotSource;
  files: ExportPackageWriter;
  secrets: SecretVault;
  senders: Record<DestinationKind, Sender>;
  now: () => Date;
  random: () => number;
  /** Where an attempt stages its files (an attachment, a NINJS file). */
  tmpDir?: string;
  signal?: AbortSignal;
}

export async function sendDue(deps: WorkerDeps, options: { all?: boolean; except?: ReadonlySet<number> } = {}): Promise<AttemptOutcome[]> {
  const rows = deps.queue.due(deps.now(), options);
  const outcomes = await Promise.all(rows.map((row) => attempt(deps, row)));
  return outcomes.filter((outcome): outcome is AttemptOutcome => outcome !== undefined);
}

async function attempt(deps: WorkerDeps, row: QueueRow): Promise<AttemptOutcome | undefined> {
  const owner = newOwner();
  ownedHere.add(owner);
  const resumed = row.state === 'sending';
  const claimed = deps.queue.claim(row.id, owner, deps.now());
  if (!claimed) {
    ownedHere.delete(owner);
    return undefined;
  }
  const destination = deps.destinations.byId(claimed.destination_id)!;
  const base = { id: claimed.id, headline: claimed.headline, destination: destination.name, attempts: claimed.attempts };
  const workDir = await fs.mkdtemp(path.join(deps.tmpDir ?? os.tmpdir(), 'newsdesk-outbox-'));
  try {
    const article = JSON.parse(claimed.snapshot) as Article;
    const receipt = await deps.senders[destination.kind]({
      key: claimed.key,
      article,
      destination,
      secret: await deps.secrets.read(destination.name, destination.secret),
      previous: deps.queue.copyAt(destination.id, claimed.article_uuid),
      resumed,
      files: deps.files,
      workDir,
      signal: deps.signal,
    });
    deps.queue.markSent(claimed.id, receipt.receipt, receipt.remoteId, deps.now(), () => markFiled(deps, claimed.article_id));
    return { ...base, state: 'sent', receipt: receipt.receipt };
  } catch (error) {
    const recorded = recordedError(error);
    if (isPermanent(error)) {
      deps.queue.markFailed(claimed.id, recorded);
      return { ...base, state: 'failed', error: recorded };
    }
    const at = new Date(deps.now().getTime() + backoffDelay(claimed.attempts, deps.random));
    deps.queue.markRetry(claimed.id, recorded, at);
    return { ...base, state: 'queued', error: recorded, nextAttemptAt: at.toISOString() };
  } finally {
    ownedHere.delete(owner);
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

/** Delivered is delivered: an article since moved to the trash or deleted keeps its status. */
function markFiled(deps: WorkerDeps, articleId: number | null): void {
  if (articleId === null) return;
  try {
    deps.articles.markFiled(articleId);
  } catch {
    // The article is gone or in the trash; the delivery stands.
  }
}
