// Every event the main process pushes to the renderer, one entry an event (calls are in api.ts).
import { z } from 'zod';
import { defineEvent, type EventPayloadOf, type EventTable } from './defineEvent';
import { articlesImportedSchema } from './schemas/articleImport';
import { exportProgressSchema } from './schemas/articleExport';
import { flushRequestId } from './schemas/draftRecovery';
import { backupOutcomeSchema, backupProgressSchema } from './schemas/backup';

export const menuCommands = ['newArticle', 'importArticle', 'exportArticle', 'updateFromFile', 'showLibrary', 'backUpLibrary', 'restoreFromBackup'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const events = {
  /** A click in the native menu, for the page to act on. */
  menuCommand: defineEvent({ channel: 'menu:command', payload: z.enum(menuCommands) }),
  /** Articles the shell imported through its own open dialog (File → Import…). */
  articlesImported: defineEvent({ channel: 'articles:imported', payload: articlesImportedSchema }),
  /** Progress of a running export (articles:export), pushed while it works. */
  exportProgress: defineEvent({ channel: 'articles:exportProgress', payload: exportProgressSchema }),
  /** The window is closing (or the app quitting): save what is pending, then confirm with confirmDraftsSaved. */
  flushDrafts: defineEvent({ channel: 'drafts:flush', payload: z.object({ requestId: flushRequestId }).strict() }),
  /** Progress of a backup or a restore started from the menu (they run in the main process). */
  backupProgress: defineEvent({ channel: 'backup:progress', payload: backupProgressSchema }),
  /** How a backup or a restore started from the menu ended, as one line in the reader's language. */
  backupOutcome: defineEvent({ channel: 'backup:outcome', payload: backupOutcomeSchema }),
} satisfies EventTable;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = EventPayloadOf<Events[K]>;

/** Every channel the preload may listen on; derived, never typed by hand. */
export const eventChannels: readonly string[] = Object.values(events).map((event) => event.channel);

const byChannel = new Map<string, z.ZodType>(Object.values(events).map((event) => [event.channel, event.payload]));

/**
 * The payload as the contract reads it, or nothing when the channel is not an event's or the payload has the
 * wrong shape: a receiver drops such a message instead of handing a listener what it cannot trust.
 */
export function readEventPayload(channel: string, payload: unknown): { ok: true; value: unknown } | { ok: false } {
  const parsed = byChannel.get(channel)?.safeParse(payload);
  return parsed?.success ? { ok: true, value: parsed.data } : { ok: false };
}
