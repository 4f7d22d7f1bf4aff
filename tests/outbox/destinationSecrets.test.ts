// Secrets never sit in the library in clear. The CLI's keychain vault (which on a headless Linux cannot reach
// a keychain and says so), the app's sealed vault (safeStorage, here a real AES box standing in for it) and
// the environment variable alone: after each, every file of the library is searched for the secret.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { libraryOutbox } from '../../library/libraryOutbox';
import { keyringVault } from '../../outbox/secrets/keyringVault';
import { envSecretVault, sealedSecretVault, type SealingBox, type SecretVault } from '../../outbox/secrets/secretVault';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-outbox-secrets');
const secret = 'mật-khẩu-Bí-Mật-0123456789';
let library: Library | undefined;
afterEach(() => library?.close());

/** AES-256-GCM with a key held in memory: like safeStorage, ciphertext only this "machine" can open. */
function aesBox(): SealingBox {
  const key = randomBytes(32);
  return {
    available: () => true,
    seal: (text) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    },
    open: (sealed) => {
      const bytes = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/** Every byte of every file in the library folder, the WAL included, as UTF-8 and as UTF-16. */
function libraryHolds(dir: string, text: string): boolean {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(Buffer.from(text).toString('base64'))];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .some((entry) => {
      const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
      return needles.some((needle) => bytes.includes(needle));
    });
}

const vaults: Array<[string, () => SecretVault, string]> = [
  ['the app’s sealed vault', () => sealedSecretVault(aesBox(), {}), 'safeStorage'],
  ['the CLI’s keychain vault', () => keyringVault({}), 'keyring|env'],
  ['the environment variable alone', () => envSecretVault({}), 'env'],
];

describe('destination secrets', () => {
  it.each(vaults)('%s keeps the secret out of the library files, and gives it back at send time', async (_name, makeVault, stores) => {
    const dir = path.join(tempDir(), 'library');
    library = openLibrary(dir);
    const vault = makeVault();
    const outbox = libraryOutbox(library, vault);
    const { secret: ref } = await outbox.addDestination('Tòa soạn', { kind: 'email', to: 'toasoan@example.com', smtp: 'smtps://pv@mail.example.com' }, secret);
    await outbox.addDestination('CMS', { kind: 'http', url: 'https://cms.example.com/ingest' }, secret);
    expect(ref.store).toMatch(new RegExp(`^(${stores})$`));
    expect(ref.variable).toBe('NEWSDESK_SMTP_PASSWORD');
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(libraryHolds(dir, secret)).toBe(false);
    // The test can fail: the same search finds what the library does hold.
    expect(libraryHolds(dir, 'toasoan@example.com')).toBe(true);

    const stored = outbox.destinations.byName('Tòa soạn');
    const read = await vault.read(stored.name, stored.secret);
    if (ref.store === 'env') {
      expect(read).toBeUndefined();
      const fromEnv = makeVaultWithEnv(ref.store, { NEWSDESK_SMTP_PASSWORD: secret });
      expect(await fromEnv.read(stored.name, stored.secret)).toBe(secret);
    } else {
      expect(read).toBe(secret);
    }
  });

  it('the keychain vault falls back to the environment variable when the keychain fails, and tells why', async () => {
    const vault = keyringVault({ NEWSDESK_WP_PASSWORD: 'từ-biến-môi-trường' }, async () => () => {
      throw new Error("Couldn't access platform storage: AccessDenied");
    });
    const ref = await vault.keep('Báo', 'wordpress', secret);
    expect(ref).toEqual({ store: 'env', variable: 'NEWSDESK_WP_PASSWORD' });
    expect(vault.lastProblem()).toMatch(/AccessDenied/);
    expect(await vault.read('Báo', ref)).toBe('từ-biến-môi-trường');
  });

  it('a folder has no secret at all', async () => {
    expect(await keyringVault({}).keep('USB', 'folder', undefined)).toEqual({ store: 'none' });
    expect(await sealedSecretVault(aesBox(), {}).keep('USB', 'folder', 'x')).toEqual({ store: 'none' });
  });
});

function makeVaultWithEnv(_store: string, env: NodeJS.ProcessEnv): SecretVault {
  return envSecretVault(env);
}
