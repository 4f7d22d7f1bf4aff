// An article's history as the app and the CLI see it: the revisions (numbered, growing), one revision's content,
// the word-by-word differences between two, and the inputs of the calls that restore, label or replace.
import { z } from 'zod';
import { articleId, articleVersion, creditSchema, datelineSchema, timestamp } from './article';
import { documentSchema } from './document';
import { diffFieldOrder } from '../../common/revisions/articleDiff';
import { importFileFields, sentAsTextOrBytes, sentAsTextOrBytesIssue } from './articleImport';

/** `filed`: the text as it was filed to a destination (its label names the destination), what the outbox sends. */
export const revisionReasons = ['created', 'earlier', 'autosave', 'status', 'label', 'update', 'revert', 'filed'] as const;
export const revisionReason = z.enum(revisionReasons);
export const revisionNumber = z.number().int().positive();
export const revisionLabel = z.string().trim().min(1).max(200);

export const revisionSchema = z.object({
  revision: revisionNumber,
  /** When the revision's content was last changed (an open revision follows the autosaves). */
  at: timestamp,
  reason: revisionReason,
  label: z.string().nullable(),
  words: z.number().int().nonnegative(),
  /** Words more (or fewer, negative) than the revision before it: the change's size at a glance. */
  wordsChanged: z.number().int(),
  /** Words added and removed since the revision before it (the word diff of all the article's text). */
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  /** For a revert: the revision whose content was restored. */
  restoredFrom: revisionNumber.nullable(),
  /** Retention keeps it whatever its age (labelled, or from before a large deletion or a replacing change). */
  kept: z.boolean(),
});

/** What a revision holds: the article's content and details, not its status or identity. */
export const articleContentSchema = z.object({
  headline: z.string(),
  sapo: z.string(),
  body: documentSchema,
  dateline: datelineSchema.nullable(),
  credit: creditSchema.nullable(),
  section: z.string(),
  tags: z.array(z.string()),
  targetWords: z.number().int().positive().nullable(),
});

export const revisionWithContentSchema = revisionSchema.extend({ content: articleContentSchema });

export const diffPartSchema = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export const fieldDiffSchema = z.object({ field: z.enum(diffFieldOrder), parts: z.array(diffPartSchema) });
export const articleDiffSchema = z.object({
  /** Only the fields that differ, in reading order. */
  fields: z.array(fieldDiffSchema),
  wordsAdded: z.number().int().nonnegative(),
  wordsRemoved: z.number().int().nonnegative(),
});

export const revisionRef = z.object({ id: articleId, revision: revisionNumber }).strict();
/** `to` absent: the current text. */
export const diffRevisionsInput = z.object({ id: articleId, from: revisionNumber, to: revisionNumber.optional() }).strict();
export const revertArticleInput = z.object({ id: articleId, revision: revisionNumber, baseVersion: articleVersion.optional() }).strict();
export const saveVersionInput = z.object({ id: articleId, label: revisionLabel }).strict();
/** The corrected file as the renderer read it (like importArticle), for an article already in the library. */
export const updateFromFileInput = z
  .object({ id: articleId, baseVersion: articleVersion.optional(), ...importFileFields })
  .strict()
  .refine(sentAsTextOrBytes, sentAsTextOrBytesIssue);

export type RevisionReason = z.infer<typeof revisionReason>;
export type Revision = z.infer<typeof revisionSchema>;
export type ArticleContent = z.infer<typeof articleContentSchema>;
export type RevisionWithContent = z.infer<typeof revisionWithContentSchema>;
export type DiffPart = z.infer<typeof diffPartSchema>;
export type FieldDiff = z.infer<typeof fieldDiffSchema>;
export type ArticleDiff = z.infer<typeof articleDiffSchema>;
