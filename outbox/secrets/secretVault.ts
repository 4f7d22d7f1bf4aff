// Where a destination's password or token lives. The library records only *where* (a SecretRef), never the
// secret in clear: the app seals it with Electron's safeStorage (the ciphertext is in the ref), the CLI puts it
// in the OS keychain, and where neither exists (a headless Linux) the secret is an environment variable read
// at send time. Every vault falls back to that variable when its own store cannot answer.
import type { DestinationKind, SecretStore } from '../../contract/schemas/outbox';

export interface SecretRef {
  store: SecretStore;
  /** The environment variable read at send time when the store cannot answer (or is `env`). */
  variable?: string;
  /** safeStorage's ciphertext, base64: opens only for this user on this machine. */
  sealed?: string;
}

export interface SecretVault {
  /** Keeps `secret` (if any) for the destination; what it returns is all the library records. */
  keep(destination: string, kind: DestinationKind, secret: string | undefined): Promise<SecretRef>;
  /** The secret at send time, or undefined when it is nowhere to be found. */
  read(destination: string, ref: SecretRef): Promise<string | undefined>;
  forget(destination: string, ref: SecretRef): Promise<void>;
}

const variables: Record<DestinationKind, string | undefined> = {
  folder: undefined,
  email: 'NEWSDESK_SMTP_PASSWORD',
  http: 'NEWSDESK_HTTP_TOKEN',
  wordpress: 'NEWSDESK_WP_PASSWORD',
};

export function secretVariable(kind: DestinationKind): string | undefined {
  return variables[kind];
}

/** The last resort of every vault, and the whole of it on a machine without a keychain. */
export function envSecretVault(env: NodeJS.ProcessEnv = process.env): SecretVault {
  return {
    keep: async (_destination, kind) => {
      const variable = secretVariable(kind);
      return variable ? { store: 'env', variable } : { store: 'none' };
    },
    read: async (_destination, ref) => (ref.variable ? nonEmpty(env[ref.variable]) : undefined),
    forget: async () => {},
  };
}

export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The small thing the Electron shell implements with safeStorage (outbox/ never imports electron). */
export interface SealingBox {
  available(): boolean;
  seal(text: string): string;
  open(sealed: string): string;
}

/** The app's vault: sealed by the shell; where sealing is unavailable, the environment variable. */
export function sealedSecretVault(box: SealingBox, env: NodeJS.ProcessEnv = process.env): SecretVault {
  const fallback = envSecretVault(env);
  return {
    keep: async (destination, kind, secret) => {
      const variable = secretVariable(kind);
      if (!variable) return { store: 'none' };
      if (secret === undefined || !box.available()) return fallback.keep(destination, kind, secret);
      return { store: 'safeStorage', variable, sealed: box.seal(secret) };
    },
    read: async (destination, ref) => {
      if (ref.store === 'safeStorage' && ref.sealed && box.available()) {
        try {
          return box.open(ref.sealed);
        } catch {
          // Sealed on another machine or by another user: the variable may still stand in.
        }
      }
      return fallback.read(destination, ref);
    },
    forget: async () => {},
  };
}
