// The outbox calls of the contract over an Outbox service (its vault: the shell's safeStorage in the app).
import type { Destination } from '../contract/schemas/outbox';
import { checkDestination } from '../outbox/checkDestination';
import type { Outbox } from '../outbox/outboxService';
import type { SecretVault } from '../outbox/secrets/secretVault';
import type { HandlerTable } from './handlerTypes';

export type OutboxHandlers = Pick<
  HandlerTable,
  'listDestinations' | 'addDestination' | 'removeDestination' | 'testDestination' | 'fileArticle' | 'listOutbox' | 'retryOutboxItem' | 'cancelOutboxItem'
>;

export interface OutboxShell {
  outbox: Outbox;
  secrets: SecretVault;
  /** Wakes the background sender: something was filed or retried. */
  onQueued?: () => void;
}

/** Where the secret is, never the secret: not even safeStorage's ciphertext leaves the main process. */
function withoutCiphertext(destination: Destination): Destination {
  const { store, variable } = destination.secret;
  return { ...destination, secret: variable ? { store, variable } : { store } };
}

export function createOutboxHandlers({ outbox, secrets, onQueued }: OutboxShell): OutboxHandlers {
  return {
    listDestinations: () => outbox.destinations.list().map(withoutCiphertext),
    addDestination: async ({ name, settings, secret }) => withoutCiphertext((await outbox.addDestination(name, settings, secret)).destination),
    removeDestination: async ({ name }) => {
      await outbox.removeDestination(name);
      return { name };
    },
    testDestination: ({ name }) => checkDestination(outbox.destinations.byName(name), secrets),
    fileArticle: ({ id, destination }) => {
      const item = outbox.file(id, destination);
      onQueued?.();
      return item;
    },
    listOutbox: () => outbox.list(),
    retryOutboxItem: ({ id }) => {
      const item = outbox.retry(id);
      onQueued?.();
      return item;
    },
    cancelOutboxItem: ({ id }) => outbox.cancel(id),
  };
}
