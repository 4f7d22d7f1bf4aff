import { z } from 'zod';
import { articleStatuses } from '../constants';
import { creditRoles } from '../../common/article/creditLine';
import { isIsoDate } from '../../common/article/dateline';
import { languages } from '../../common/i18n/languages';
import { documentSchema } from './document';

export { articleStatuses };

export const articleId = z.number().int().positive();
export const articleStatus = z.enum(articleStatuses);
/** The article's version: it grows by one with every save, and a save names the version it was based on. */
export const articleVersion = z.number().int().positive();
export const headline = z.string().max(1000);
export const sapo = z.string().max(5000);
/** ISO 8601 UTC timestamps. */
export const timestamp = z.iso.datetime();
export const isoDate = z.string().refine(isIsoDate, { message: 'expected a calendar date as yyyy-mm-dd' });

export const datelineSchema = z.object({ place: z.string().max(200), date: isoDate.nullable() });
export const creditSchema = z.object({ role: z.enum(creditRoles), names: z.string().min(1).max(500) });
export const tagSchema = z.string().trim().min(1).max(100);
export const statusChangeSchema = z.object({ status: articleStatus, at: timestamp });

export const articleSummarySchema = z.object({
  id: articleId,
  headline: z.string(),
  sapo: z.string(),
  status: articleStatus,
  section: z.string(),
  datelineDate: isoDate.nullable(),
  words: z.number().int().nonnegative(),
  created: timestamp,
  updated: timestamp,
});

/** What a save answers: the summary and the version the next save is based on. */
export const savedArticleSchema = articleSummarySchema.extend({ version: articleVersion });

export const articleSchema = savedArticleSchema.extend({
  uuid: z.uuid(),
  language: z.enum(languages),
  body: documentSchema,
  dateline: datelineSchema.nullable(),
  credit: creditSchema.nullable(),
  tags: z.array(z.string()),
  targetWords: z.number().int().positive().nullable(),
  statusHistory: z.array(statusChangeSchema),
});

/** What an editor may change in one save; every field optional, absent means unchanged. */
export const articleChangesSchema = z
  .object({
    headline,
    sapo,
    body: documentSchema,
    dateline: datelineSchema.nullable(),
    credit: creditSchema.nullable(),
    section: z.string().trim().max(100),
    tags: z.array(tagSchema).max(50),
    targetWords: z.number().int().positive().max(100_000).nullable(),
  })
  .partial()
  .strict();

export type ArticleStatus = z.infer<typeof articleStatus>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type SavedArticle = z.infer<typeof savedArticleSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleChanges = z.infer<typeof articleChangesSchema>;
export type DatelineValue = z.infer<typeof datelineSchema>;
