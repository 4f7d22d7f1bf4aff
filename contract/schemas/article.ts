import { z } from 'zod';
import { documentSchema } from './document';

export const articleId = z.number().int().positive();
export const articleStatus = z.enum(['draft', 'ready', 'filed']);
export const headline = z.string().max(1000);
/** ISO 8601 UTC timestamps. */
export const timestamp = z.iso.datetime();

export const articleSummarySchema = z.object({
  id: articleId,
  headline: z.string(),
  status: articleStatus,
  created: timestamp,
  updated: timestamp,
});

export const articleSchema = articleSummarySchema.extend({
  uuid: z.uuid(),
  body: documentSchema,
});

export type ArticleStatus = z.infer<typeof articleStatus>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type Article = z.infer<typeof articleSchema>;
