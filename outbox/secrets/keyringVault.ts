// The CLI's vault: the OS keychain through @napi-rs/keyring (macOS Keychain, Windows Credential Manager, the
// Secret Service on a Linux desktop). On a headless Linux there is no keychain ("Couldn't access platform
// storage"): the secret then stays out of Newsdesk altogether and is read from the environment variable at send
// time; `keep` reports which happened so the CLI can say so. The package is loaded only when a secret is used.
import { envSecretVault, secretVariable, type SecretRef, type SecretVault } from './secretVault';

const service = 'newsdesk';

interface KeyringEntry {
  setPassword(password: string): void;
  getPassword(): string | null | undefined;
  deletePassword(): boolean | void;
}

type EntryFactory = (account: string) => KeyringEntry;

async function defaultEntries(): Promise<EntryFactory> {
  const { Entry } = await import('@napi-rs/keyring');
  return (account) => new Entry(service, account);
}

export interface KeyringVault extends SecretVault {
  /** Why the keychain could not be used the last time it was tried, for the CLI to say. */
  lastProblem(): string | undefined;
}

export function keyringVault(env: NodeJS.ProcessEnv = process.env, entries: () => Promise<EntryFactory> = defaultEntries): KeyringVault {
  const fallback = envSecretVault(env);
  let problem: string | undefined;
  const entry = async (destination: string): Promise<KeyringEntry | undefined> => {
    try {
      return (await entries())(`destination:${destination}`);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  };
  return {
    lastProblem: () => problem,
    keep: async (destination, kind, secret) => {
      const variable = secretVariable(kind);
      if (!variable) return { store: 'none' };
      if (secret !== undefined) {
        try {
          (await entry(destination))?.setPassword(secret);
          if (!problem) return { store: 'keyring', variable };
        } catch (error) {
          problem = error instanceof Error ? error.message : String(error);
        }
      }
      return fallback.keep(destination, kind, secret);
    },
    read: async (destination, ref: SecretRef) => {
      if (ref.store === 'keyring') {
        try {
          const secret = (await entry(destination))?.getPassword();
          if (secret) return secret;
        } catch (error) {
          problem = error instanceof Error ? error.message : String(error);
        }
      }
      return fallback.read(destination, ref);
    },
    forget: async (destination, ref) => {
      if (ref.store !== 'keyring') return;
      try {
        (await entry(destination))?.deletePassword();
      } catch {
        // Nothing to forget, or no keychain: either way the library no longer points at it.
      }
    },
  };
}
