// What the outbox commands do; loaded only when one of them runs. Secrets: the OS keychain where there is one,
// else the environment variable read at send time, and the command says which.
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { translateError } from '../../common/i18n/catalog';
import { destinationSettingsSchema, type DestinationSettings, type OutboxItem } from '../../contract/schemas/outbox';
import { libraryOutbox } from '../../library/libraryOutbox';
import { outboxErrors } from '../../outbox/outboxErrors';
import type { Outbox } from '../../outbox/outboxService';
import type { AttemptOutcome } from '../../outbox/outboxWorker';
import { keyringVault, type KeyringVault } from '../../outbox/secrets/keyringVault';
import { nonEmpty, secretVariable } from '../../outbox/secrets/secretVault';
import type { Library } from '../../library/openLibrary';
import { parseArticleId } from '../arguments';
import type { WithLibraryAsync } from '../libraryAccess';
import { printJson, printLine, t } from '../output';

export interface DestinationOptions {
  folder?: string;
  email?: string;
  smtp?: string;
  http?: string;
  wordpress?: string;
  user?: string;
}

function open(library: Library): { outbox: Outbox; vault: KeyringVault } {
  const vault = keyringVault();
  return { outbox: libraryOutbox(library, vault), vault };
}

function settingsOf(options: DestinationOptions): DestinationSettings {
  const kinds = [options.folder, options.email, options.http, options.wordpress].filter((value) => value !== undefined);
  if (kinds.length !== 1) throw outboxErrors.destinationInvalid('give one of --folder, --email, --http, --wordpress');
  const candidate = options.folder !== undefined
    ? { kind: 'folder', path: options.folder }
    : options.email !== undefined
      ? { kind: 'email', to: options.email, smtp: options.smtp }
      : options.http !== undefined
        ? { kind: 'http', url: options.http }
        : { kind: 'wordpress', url: options.wordpress, user: options.user };
  const parsed = destinationSettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw outboxErrors.destinationInvalid(`${issue.path.join('.') || 'destination'}: ${issue.message}`);
  }
  return parsed.data;
}

export async function addDestination(withLibrary: WithLibraryAsync, name: string, options: DestinationOptions): Promise<void> {
  const settings = settingsOf(options);
  if (settings.kind === 'folder') settings.path = (await import('node:path')).resolve(settings.path);
  await withLibrary(async (library) => {
    const { outbox, vault } = open(library);
    const variable = secretVariable(settings.kind);
    const secret = variable ? nonEmpty(process.env[variable]) : undefined;
    const { destination, secret: ref } = await outbox.addDestination(name, settings, secret);
    printLine(t('outbox.cli.added', { name: destination.name, kind: t(`outbox.kinds.${destination.kind}`) }));
    if (ref.store === 'keyring') printLine(t('outbox.cli.secretInKeyring', { variable: ref.variable }));
    else if (ref.store === 'env' && secret !== undefined) printLine(t('outbox.cli.noKeyring', { problem: vault.lastProblem() ?? '', variable: ref.variable }));
    else if (ref.store === 'env') printLine(t('outbox.cli.secretFromEnv', { variable: ref.variable }));
  });
}

export async function listDestinations(withLibrary: WithLibraryAsync, options: { json?: boolean }): Promise<void> {
  await withLibrary(async (library) => {
    const destinations = open(library).outbox.destinations.list();
    if (options.json) {
      printJson(destinations.map(({ id, name, kind, settings, secret }) => ({ id, name, kind, settings, secret: { store: secret.store, variable: secret.variable } })));
      return;
    }
    for (const { name, kind, settings } of destinations) printLine([name, kind.padEnd(9), where(settings)].join('  '));
  });
}

function where(settings: DestinationSettings): string {
  switch (settings.kind) {
    case 'folder':
      return settings.path;
    case 'email':
      return `${settings.to} via ${settings.smtp}`;
    case 'http':
      return settings.url;
    case 'wordpress':
      return `${settings.url} (${settings.user})`;
  }
}

export async function removeDestination(withLibrary: WithLibraryAsync, name: string): Promise<void> {
  await withLibrary(async (library) => open(library).outbox.removeDestination(name));
}

export async function fileArticle(withLibrary: WithLibraryAsync, id: string, to: string): Promise<void> {
  const articleId = parseArticleId(id);
  await withLibrary(async (library) => {
    const item = open(library).outbox.file(articleId, to);
    printLine(t('outbox.cli.queued', { id: item.id, headline: item.headline || t('library.untitled'), destination: item.destination }));
  });
}

export async function listOutbox(withLibrary: WithLibraryAsync, options: { json?: boolean }): Promise<void> {
  await withLibrary(async (library) => {
    const items = open(library).outbox.list();
    if (options.json) {
      printJson(items.map((item) => ({ ...item, error: item.error ? errorText(item.error) : null, errorCode: item.error?.code ?? null })));
      return;
    }
    for (const item of items) printLine(itemLine(item));
  });
}

export async function sendOutbox(withLibrary: WithLibraryAsync): Promise<void> {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  try {
    await withLibrary(async (library) => {
      const { outbox } = open(library);
      // One item per destination at a time, in rounds; an item is tried once per run, and a destination
      // whose item still waits is left for the next run (its later items queue behind it).
      const tried = new Set<number>();
      for (;;) {
        const outcomes = await outbox.send({ all: true, except: tried, signal: controller.signal });
        for (const outcome of outcomes) {
          tried.add(outcome.id);
          printLine(outcomeLine(outcome));
        }
        if (outcomes.length === 0) break;
      }
    });
  } finally {
    process.off('SIGINT', cancel);
  }
}

function errorText(error: { code: string; params: Record<string, string | number> }): string {
  return translateError(t, error.code as NewsdeskError['code'], error.params);
}

function itemLine(item: OutboxItem): string {
  const detail = item.state === 'sent' ? `${item.sentAt ?? ''} ${item.receipt ?? ''}`.trim() : item.error ? errorText(item.error) : '';
  return [`#${item.id}`, t(`outbox.states.${item.state}`), item.destination, item.headline || t('library.untitled'), detail].filter(Boolean).join('  ');
}

function outcomeLine(outcome: AttemptOutcome): string {
  const detail = outcome.state === 'sent' ? (outcome.receipt ?? '') : outcome.error ? errorText(outcome.error) : '';
  return [`#${outcome.id}`, t(`outbox.states.${outcome.state}`), outcome.destination, outcome.headline || t('library.untitled'), detail].filter(Boolean).join('  ');
}
