// An Outbox over an open library: its database, and the ports over its articles and the export service.
import type { Library } from '../store/library';
import { libraryPackageWriter, librarySnapshotSource } from './libraryPorts';
import { Outbox, type OutboxDeps } from './outboxService';
import type { SecretVault } from './secrets/secretVault';

export function libraryOutbox(library: Library, secrets: SecretVault, extra: Omit<Partial<OutboxDeps>, 'db' | 'secrets'> = {}): Outbox {
  return new Outbox({ db: library.db, articles: librarySnapshotSource(library), files: libraryPackageWriter(library), secrets, ...extra });
}
