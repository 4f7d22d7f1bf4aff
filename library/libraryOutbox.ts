// An Outbox over an open library: its database, and the ports over its articles and the export service.
import type { Library } from '../library/openLibrary';
import { libraryPackageWriter, librarySnapshotSource } from './outboxPorts';
import { Outbox, type OutboxDeps } from '../outbox/outboxService';
import type { SecretVault } from '../outbox/secrets/secretVault';

export function libraryOutbox(library: Library, secrets: SecretVault, extra: Omit<Partial<OutboxDeps>, 'db' | 'secrets'> = {}): Outbox {
  return new Outbox({ db: library.db, articles: librarySnapshotSource(library), files: libraryPackageWriter(library), secrets, ...extra });
}
