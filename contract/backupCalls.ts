// The calls of backups and restore: the status Settings shows, the automatic backups' switch and folder, and a
// backup or a restore through the shell's own dialogs. No call takes a path: folders and files come from the
// shell's dialogs only (a page could name any path), so in the browser harness these answer that they need the app.
import { z } from 'zod';
import { defineContract } from './defineContract';
import { backupStatusSchema, madeBackupSchema, restoredLibrarySchema } from './schemas/backup';

export const backupCalls = {
  getBackupStatus: defineContract({
    channel: 'backup:status',
    input: z.object({}).strict(),
    output: backupStatusSchema,
  }),
  setAutomaticBackups: defineContract({
    channel: 'backup:setAutomatic',
    input: z.object({ enabled: z.boolean() }).strict(),
    output: backupStatusSchema,
  }),
  /** The shell's folder dialog picks where automatic backups go (a USB stick, a synced folder); turns them on. */
  chooseAutomaticBackupFolder: defineContract({
    channel: 'backup:chooseAutomaticFolder',
    input: z.object({}).strict(),
    output: backupStatusSchema,
  }),
  /** File → Back up library…: one verified backup file into the folder the shell's dialog picks. */
  backupLibraryFromDialog: defineContract({
    channel: 'backup:fromDialog',
    input: z.object({}).strict(),
    output: madeBackupSchema,
  }),
  /** Help → Restore from backup…: the file and a new folder from the shell's dialogs; verified, then the app switches to it. */
  restoreBackupFromDialog: defineContract({
    channel: 'backup:restoreFromDialog',
    input: z.object({}).strict(),
    output: restoredLibrarySchema,
  }),
};
