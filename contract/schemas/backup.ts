import { z } from 'zod';

// What Settings shows of backups: the last good one, and whether it is too old (a warning, not an error).
export const backupStatusSchema = z.object({
  last: z
    .object({ at: z.string(), bytes: z.number().int().nonnegative(), place: z.string(), articles: z.number().int().nonnegative(), photos: z.number().int().nonnegative() })
    .nullable(),
  stale: z.boolean(),
  staleAfterDays: z.number().int().positive(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;
