import { z } from 'zod';

// What Settings shows of backups: the last good one, and whether it is too old (a warning, not an error).
export const backupStatusSchema = z.object({
  last: z
    .object({ at: z.string(), bytes: z.number().int().nonnegative(), place: z.string(), articles: z.number().int().nonnegative(), photos: z.number().int().nonnegative() })
    .nullable(),
  stale: z.boolean(),
  /** The library screen's reminder: stale, and the library holds work older than that (a new library is not nagged). */
  remind: z.boolean(),
  staleAfterDays: z.number().int().positive(),
  /** Automatic backups: on only with a folder, which only the shell's own folder dialog can name. */
  automatic: z.object({
    enabled: z.boolean(),
    folder: z.string().nullable(),
    /** Paused at start because the library was damaged and set aside (where to): on again only by the reporter. */
    paused: z.object({ at: z.string(), setAside: z.string() }).nullable(),
  }),
  /** The last automatic backup that failed since the last good one, as an error code to translate. */
  lastFailure: z.object({ at: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

/** A backup made through the shell's folder dialog (File → Back up library…); null when the dialog was cancelled. */
export const madeBackupSchema = z.object({ path: z.string(), bytes: z.number().int().nonnegative(), articles: z.number().int().nonnegative(), photos: z.number().int().nonnegative() }).nullable();

/** A restore through the shell's dialogs (Help → Restore from backup…); null when a dialog was cancelled. */
export const restoredLibrarySchema = z.object({ path: z.string(), articles: z.number().int().nonnegative(), photos: z.number().int().nonnegative() }).nullable();

/** Pushed while a backup or a restore started from the menu works, and once when it ends. */
export const backupProgressSchema = z.object({ task: z.enum(['backup', 'restore']), doneBytes: z.number().nonnegative(), totalBytes: z.number().nonnegative() });
export const backupOutcomeSchema = z.object({ task: z.enum(['backup', 'restore']), ok: z.boolean(), line: z.string() });
export type BackupProgressEvent = z.infer<typeof backupProgressSchema>;
export type BackupOutcome = z.infer<typeof backupOutcomeSchema>;
