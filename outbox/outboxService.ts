// The outbox as the CLI and the app use it: destinations, filing an article (frozen as it is now), the queue
// and sending what is due. Plain Node over the library's database and three ports; senders load their
// libraries (nodemailer) only when they send.
import type { Database } from 'better-sqlite3';
import type { Destination, DestinationKind, DestinationSettings, OutboxItem } from '../contract/schemas/outbox';
import { DestinationStore } from './destinationStore';
import type { ArticleSnapshotSource, ExportPackageWriter } from './outboxPorts';
import { OutboxQueue } from './outboxQueue';
import { sendDue, type AttemptOutcome } from './outboxWorker';
import type { SecretRef, SecretVault } from './secrets/secretVault';
import { sendByEmail } from './senders/emailSender';
import { sendToFolder } from './senders/folderSender';
import { sendToHttp } from './senders/httpSender';
import type { Sender } from './senders/sender';
import { sendToWordPress } from './senders/wordpressSender';

export interface OutboxDeps {
  db: Database;
  articles: ArticleSnapshotSource;
  files: ExportPackageWriter;
  secrets: SecretVault;
  senders?: Partial<Record<DestinationKind, Sender>>;
  now?: () => Date;
  random?: () => number;
  tmpDir?: string;
}

export const defaultSenders: Record<DestinationKind, Sender> = {
  folder: sendToFolder,
  email: sendByEmail,
  http: sendToHttp,
  wordpress: sendToWordPress,
};

export class Outbox {
  readonly destinations: DestinationStore;
  readonly queue: OutboxQueue;
  private readonly now: () => Date;

  constructor(private readonly deps: OutboxDeps) {
    this.destinations = new DestinationStore(deps.db);
    this.queue = new OutboxQueue(deps.db);
    this.now = deps.now ?? (() => new Date());
  }

  /** Adds a destination; its secret goes to the vault, and the library records only where it went. */
  async addDestination(name: string, settings: DestinationSettings, secret?: string): Promise<{ destination: Destination; secret: SecretRef }> {
    const ref = await this.deps.secrets.keep(name.trim().normalize('NFC'), settings.kind, secret);
    return { destination: this.destinations.add(name, settings, ref), secret: ref };
  }

  async removeDestination(name: string): Promise<void> {
    const destination = this.destinations.byName(name);
    const ref = this.destinations.remove(name);
    await this.deps.secrets.forget(destination.name, ref);
  }

  /**
   * Files the article: freezes it as it is now as a revision of its history ('filed', labelled with the
   * destination) and queues an item naming that revision, carrying the same text (with the status it will have
   * once delivered) so it sends exactly what was filed, even if the article is edited or deleted meanwhile.
   */
  file(articleId: number, destinationName: string): OutboxItem {
    const destination = this.destinations.byName(destinationName);
    const frozen = this.deps.articles.freeze(articleId, destination.name);
    const id = this.queue.enqueue({ ...frozen.article, status: 'filed' }, frozen.revision, destination.id, this.now());
    return this.item(id);
  }

  list(): OutboxItem[] {
    const names = new Map(this.destinations.list().map((destination) => [destination.id, destination]));
    return this.queue.list((id) => names.get(id) ?? { name: '?', kind: 'folder' });
  }

  item(id: number): OutboxItem {
    const found = this.list().find((item) => item.id === id);
    if (!found) this.queue.row(id);
    return found!;
  }

  retry(id: number): OutboxItem {
    this.queue.retry(id, this.now());
    return this.item(id);
  }

  cancel(id: number): OutboxItem {
    this.queue.cancel(id);
    return this.item(id);
  }

  /**
   * Attempts what is due (or, with `all`, every waiting item regardless of its backoff); a destination whose
   * next item is in `except` (tried already in this round) is left alone.
   */
  send(options: { all?: boolean; except?: ReadonlySet<number>; signal?: AbortSignal } = {}): Promise<AttemptOutcome[]> {
    return sendDue(
      {
        destinations: this.destinations,
        queue: this.queue,
        articles: this.deps.articles,
        files: this.deps.files,
        secrets: this.deps.secrets,
        senders: { ...defaultSenders, ...this.deps.senders },
        now: this.now,
        random: this.deps.random ?? Math.random,
        tmpDir: this.deps.tmpDir,
        signal: options.signal,
      },
      options,
    );
  }
}
