// The app's outbox: secrets sealed with Electron's safeStorage (the OS keychain's key; where it is unavailable,
// the environment variables, as in the CLI), and the background sender working the queue while the app runs.
import { safeStorage } from 'electron';
import type { OutboxShell } from '../handlers/outboxHandlers';
import { libraryOutbox } from '../library/libraryOutbox';
import { startOutboxLoop } from '../outbox/outboxLoop';
import { sealedSecretVault, type SealingBox } from '../outbox/secrets/secretVault';
import type { Library } from '../library/openLibrary';

const safeStorageBox: SealingBox = {
  available: () => safeStorage.isEncryptionAvailable(),
  seal: (text) => safeStorage.encryptString(text).toString('base64'),
  open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
};

export function startOutbox(library: Library): { shell: OutboxShell; stop: () => void } {
  const secrets = sealedSecretVault(safeStorageBox);
  const outbox = libraryOutbox(library, secrets);
  const loop = startOutboxLoop(outbox, { onProblem: (error) => console.error('newsdesk: outbox', error) });
  return { shell: { outbox, secrets, onQueued: loop.wake }, stop: loop.stop };
}
