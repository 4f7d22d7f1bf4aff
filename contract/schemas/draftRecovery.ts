// What the renderer hands the shell while a close waits for its last save, and the recovered drafts the
// next start offers back when that save never confirmed in time.
import { z } from 'zod';
import { articleChangesSchema, articleId } from './article';

/** Names one close's flush: the shell's flush request carries it, the renderer's answers echo it. */
export const flushRequestId = z.number().int().nonnegative();

export const pendingDraftSchema = z.object({ requestId: flushRequestId, articleId, changes: articleChangesSchema }).strict();

export const recoveredDraftSchema = z.object({
  articleId,
  /** The article's headline as saved, or the draft's when the draft changed it. */
  headline: z.string(),
  /** When the shell wrote the draft aside. */
  savedAt: z.string(),
});
export type RecoveredDraft = z.infer<typeof recoveredDraftSchema>;
